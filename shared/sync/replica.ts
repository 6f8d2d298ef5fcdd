// A client's copy of its view, kept current from a snapshot and the two patch streams (the
// audience's and the viewer's own; see ViewPatch). A patch out of order, or one that does not
// fit the copy, is never applied: the replica asks for a snapshot and waits for it.
import type { ViewPatch, ViewSnapshot } from "../protocol/messages.ts";
import type { View } from "../protocol/view.ts";
import { patch } from "./diff.ts";

export type Received = "changed" | "unchanged" | "resync" | "waiting";

export class ViewReplica {
  view: View | null = null;
  /** How many accepted actions the view reflects. */
  version = 0;
  serverTime = 0;
  #seq = { audience: 0, personal: 0 };
  #waiting = true;

  snapshot(m: ViewSnapshot): Received {
    this.view = m.view;
    this.version = m.version;
    this.serverTime = m.serverTime;
    this.#seq = { audience: m.audienceSeq, personal: m.personalSeq };
    this.#waiting = false;
    return "changed";
  }

  /** Applies a patch; "resync" means the caller should ask the server for a snapshot (once: later patches wait for it). */
  patch(m: ViewPatch): Received {
    if (this.#waiting || !this.view) return "waiting";
    if (m.seq !== this.#seq[m.stream] + 1) return this.#lost();
    let view = this.view;
    if (m.diff) {
      try {
        view = patch(this.view, m.diff);
      } catch {
        return this.#lost();
      }
    }
    this.view = view;
    this.#seq[m.stream] = m.seq;
    this.version = Math.max(this.version, m.version);
    this.serverTime = m.serverTime;
    return m.diff ? "changed" : "unchanged";
  }

  #lost(): Received {
    this.#waiting = true;
    return "resync";
  }
}
