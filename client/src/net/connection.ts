// The only client module that talks to the game server over the websocket (@colyseus/sdk).
// It keeps the latest view (snapshot + JSON patches), sends intents with ids, and retries
// intents that were cut off by a reconnection; the server answers repeats only once.
import { Client, type Room } from "@colyseus/sdk";
import fastJsonPatch from "fast-json-patch";
import type { IntentAction } from "../../../shared/protocol/actions.ts";
import { MESSAGE_TYPES } from "../../../shared/protocol/message-types.ts";
import type { IntentRejection, JoinOptions, ViewPatch, ViewSnapshot, Welcome } from "../../../shared/protocol/messages.ts";
import type { View } from "../../../shared/protocol/view.ts";
import { PROTOCOL_VERSION } from "../../../shared/protocol/version.ts";

export type ConnectionStatus = "connected" | "reconnecting" | "closed";
export type IntentResult = { ok: true } | { ok: false; code: string; message: string };
export type JoinAs = JoinOptions extends infer J ? (J extends { protocol: number } ? Omit<J, "protocol"> : never) : never;

const pageEndpoint = () => `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}`;

let counter = 0;
const newIntentId = () => `${Date.now().toString(36)}-${(++counter).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export class Connection {
  view: View | null = null;
  welcome: Welcome | null = null;
  status: ConnectionStatus = "connected";
  /** serverTime − local time, so countdowns follow the server's clock whatever the local clock says. */
  clockOffset = 0;
  #seq = 0;
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
    room.onMessage(MESSAGE_TYPES.viewSnapshot, (m: ViewSnapshot) => {
      this.view = m.view;
      this.#seq = m.seq;
      this.clockOffset = m.serverTime - Date.now();
      this.#emit();
    });
    room.onMessage(MESSAGE_TYPES.viewPatch, (m: ViewPatch) => this.#patch(m));
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

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Sends one action; resolves with the server's answer. Retries with the same id across a reconnection. */
  async act(action: IntentAction): Promise<IntentResult> {
    const intent = { intentId: newIntentId(), action };
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        await this.sdkRoom.request(MESSAGE_TYPES.intent, intent, { timeout: 10_000 });
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

  #patch(m: ViewPatch) {
    if (!this.view || m.seq !== this.#seq + 1) {
      this.sdkRoom.send(MESSAGE_TYPES.resync);
      return;
    }
    try {
      this.view = fastJsonPatch.applyPatch(this.view, m.ops as fastJsonPatch.Operation[], false, false).newDocument;
      this.#seq = m.seq;
      this.clockOffset = m.serverTime - Date.now();
      this.#emit();
    } catch {
      this.sdkRoom.send(MESSAGE_TYPES.resync);
    }
  }

  #setStatus(status: ConnectionStatus) {
    this.status = status;
    this.#emit();
  }

  #emit() {
    for (const l of this.#listeners) l();
  }
}
