// The only client module that talks to the game server over the websocket (@colyseus/sdk).
// It keeps the latest view (a snapshot, then the audience's and the viewer's own patches; see
// shared/sync), sends intents with ids, and retries intents that were cut off by a
// reconnection; the server answers repeats only once.
import { Client, type Room } from "@colyseus/sdk";
import type { IntentAction } from "../../../shared/protocol/actions.ts";
import { MESSAGE_TYPES } from "../../../shared/protocol/message-types.ts";
import type { IntentRejection, JoinOptions, ViewPatch, ViewSnapshot, Welcome } from "../../../shared/protocol/messages.ts";
import type { View } from "../../../shared/protocol/view.ts";
import { ViewReplica, type Received } from "../../../shared/sync/replica.ts";
import { PROTOCOL_VERSION } from "../../../shared/protocol/version.ts";

export type ConnectionStatus = "connected" | "reconnecting" | "closed";
export type IntentResult = { ok: true } | { ok: false; code: string; message: string };
export type JoinAs = JoinOptions extends infer J ? (J extends { protocol: number } ? Omit<J, "protocol"> : never) : never;

const pageEndpoint = () => `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}`;

let counter = 0;
const newIntentId = () => `${Date.now().toString(36)}-${(++counter).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export class Connection {
  welcome: Welcome | null = null;
  status: ConnectionStatus = "connected";
  /** serverTime − local time, so countdowns follow the server's clock whatever the local clock says. */
  clockOffset = 0;
  readonly #replica = new ViewReplica();
  #listeners = new Set<() => void>();
  /** The underlying SDK room; the rest of the client uses the methods above. */
  readonly sdkRoom: Room;

  private constructor(room: Room) {
    this.sdkRoom = room;
    // A player's place is held by the server whatever the connection's age, so always try to come back.
    room.reconnection.minUptime = 0;
    room.onMessage(MESSAGE_TYPES.welcome, (w: Welcome) => {
      this.welcome = w;
      this.clockOffset = w.serverTime - Date.now();
      this.#emit();
    });
    room.onMessage(MESSAGE_TYPES.viewSnapshot, (m: ViewSnapshot) => this.#received(this.#replica.snapshot(m)));
    room.onMessage(MESSAGE_TYPES.viewPatch, (m: ViewPatch) => this.#received(this.#replica.patch(m)));
    room.onDrop(() => this.#setStatus("reconnecting"));
    room.onReconnect(() => this.#setStatus("connected"));
    room.onLeave(() => this.#setStatus("closed"));
  }

  /** Joins the session with the given code. Throws with the server's readable reason on refusal. */
  static async join(code: string, as: JoinAs, endpoint: string = pageEndpoint()): Promise<Connection> {
    const client = new Client(endpoint);
    const room = await client.joinById(code, { ...as, protocol: PROTOCOL_VERSION });
    return new Connection(room);
  }

  /** The latest view, or null before the first snapshot. */
  get view(): View | null {
    return this.#replica.view;
  }

  /** How many accepted actions the view reflects. */
  get version(): number {
    return this.#replica.version;
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Sends one action; resolves with the server's answer once the view shows its effect (the
   * server answers at once and sends views right after). Retries with the same id across a
   * reconnection.
   */
  async act(action: IntentAction): Promise<IntentResult> {
    const intent = { intentId: newIntentId(), action };
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        const answer = (await this.sdkRoom.request(MESSAGE_TYPES.intent, intent, { timeout: 10_000 })) as { seq?: number } | undefined;
        if (typeof answer?.seq === "number") await this.#caughtUp(answer.seq);
        return { ok: true };
      } catch (error) {
        const reason = (error as { reason?: IntentRejection }).reason;
        if (reason) return { ok: false, code: reason.code, message: reason.message };
        if (this.status === "closed") break;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    return { ok: false, code: "network/unreachable", message: "The server did not answer; check your connection." };
  }

  leave(): void {
    void this.sdkRoom.leave();
  }

  #received(outcome: Received) {
    if (outcome === "resync") this.sdkRoom.send(MESSAGE_TYPES.resync);
    if (outcome !== "changed" && outcome !== "unchanged") return;
    this.clockOffset = this.#replica.serverTime - Date.now();
    this.#emit();
  }

  /** Resolves once the view reflects `version` accepted actions (or after a second, whatever happens). */
  #caughtUp(version: number): Promise<void> {
    if (this.#replica.version >= version) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        off();
        clearTimeout(timer);
        resolve();
      };
      const off = this.onChange(() => {
        if (this.#replica.version >= version) done();
      });
      const timer = setTimeout(done, 1000);
    });
  }

  #setStatus(status: ConnectionStatus) {
    this.status = status;
    this.#emit();
  }

  #emit() {
    for (const l of this.#listeners) l();
  }
}
