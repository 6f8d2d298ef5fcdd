// Keeps each client's copy of its view current: a snapshot first, then JSON patches of
// what changed. Each client's view is computed by shared/view alone, so what a client
// receives is exactly what it may see.
import fastJsonPatch from "fast-json-patch";
import type { View } from "../../shared/protocol/view.ts";
import type { ViewPatch, ViewSnapshot } from "../../shared/protocol/messages.ts";

const { compare } = fastJsonPatch;

type Sent = { seq: number; view: View };

export type Outgoing = { kind: "snapshot"; message: ViewSnapshot } | { kind: "patch"; message: ViewPatch } | null;

export class ViewSync {
  readonly #sent = new Map<string, Sent>();

  /** What to send a client whose view is now `view`; null when nothing changed. */
  next(clientId: string, view: View, serverTime: number): Outgoing {
    const before = this.#sent.get(clientId);
    if (!before) {
      this.#sent.set(clientId, { seq: 1, view });
      return { kind: "snapshot", message: { seq: 1, serverTime, view } };
    }
    const ops = compare(before.view, view);
    if (ops.length === 0) return null;
    const seq = before.seq + 1;
    this.#sent.set(clientId, { seq, view });
    return { kind: "patch", message: { seq, serverTime, ops: ops as ViewPatch["ops"] } };
  }

  /** Forget a client (left, or asked for a fresh snapshot). */
  forget(clientId: string): void {
    this.#sent.delete(clientId);
  }
}
