// The only client module that talks to the game server over the websocket (@colyseus/sdk).
// It keeps the latest view (a snapshot, then the audience's and the viewer's own patches; see
// shared/sync), sends intents with ids, and heals itself: a dropped socket is first resumed by
// the SDK (same session); when that is refused (the server restarted, the seat expired) it
// joins again with the seat token, the facilitator key or as a spectator, retrying with backoff
// and jitter, and the server sends a fresh snapshot. Intents sent meanwhile wait for the
// connection (and are refused with a clear reason if it does not come back in time).
import { Client, type Room } from "@colyseus/sdk";
import type { IntentAction } from "../../../shared/protocol/actions.ts";
import { parseJoinRefusal } from "../../../shared/protocol/join-refusal.ts";
import { MESSAGE_TYPES } from "../../../shared/protocol/message-types.ts";
import type { IntentRejection, JoinOptions, ViewPatch, ViewSnapshot, Welcome } from "../../../shared/protocol/messages.ts";
import type { View } from "../../../shared/protocol/view.ts";
import { ViewReplica, type Received } from "../../../shared/sync/replica.ts";
import { PROTOCOL_VERSION } from "../../../shared/protocol/version.ts";
import { retryDelay } from "./retry.ts";

export type ConnectionStatus = "connected" | "reconnecting" | "closed";
export type IntentResult = { ok: true } | { ok: false; code: string; message: string };
export type JoinAs = JoinOptions extends infer J ? (J extends { protocol: number } ? Omit<J, "protocol"> : never) : never;

const pageEndpoint = () => `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}`;

/** How long an intent waits for a lost connection to come back before it is refused. */
export const QUEUE_LIMIT_MS = 120_000;
/** Quick resumptions the SDK tries (same session) before the client joins again. */
const SDK_RETRIES = 3;

let counter = 0;
const newIntentId = () => `${Date.now().toString(36)}-${(++counter).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const jitter = () => Math.random();

export class Connection {
  welcome: Welcome | null = null;
  status: ConnectionStatus = "connected";
  /** serverTime − local time, so countdowns follow the server's clock whatever the local clock says. */
  clockOffset = 0;
  /** Local time the connection was lost (null while connected): clocks freeze there. */
  lostAt: number | null = null;
  /** Joins tried since the connection was lost. */
  attempts = 0;
  /** Intents waiting for the connection to come back. */
  queued = 0;
  /** Why the connection ended for good (status "closed"). */
  closedReason: { code: string | null; message: string } | null = null;
  readonly #replica = new ViewReplica();
  #listeners = new Set<() => void>();
  readonly #client: Client;
  readonly #code: string;
  #as: JoinAs;
  #room!: Room;
  #left = false;
  #rejoining = false;
  #wake: (() => void) | null = null;
  readonly #httpEndpoint: string;

  private constructor(client: Client, room: Room, code: string, as: JoinAs, endpoint: string) {
    this.#client = client;
    this.#code = code;
    this.#as = as;
    this.#httpEndpoint = endpoint.replace(/^ws/, "http");
    this.#attach(room);
    // Coming back online, or to a sleeping laptop's tab: try at once rather than at the next backoff step.
    if (typeof window !== "undefined") {
      window.addEventListener("online", () => this.#wake?.());
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") this.#wake?.();
      });
    }
  }

  /** Joins the session with the given code. Throws with the server's readable reason on refusal. */
  static async join(code: string, as: JoinAs, endpoint: string = pageEndpoint()): Promise<Connection> {
    const client = new Client(endpoint);
    const room = await client.joinById(code, { ...as, protocol: PROTOCOL_VERSION });
    return new Connection(client, room, code, as, endpoint);
  }

  /** The current SDK room (a new one after each rejoin); the rest of the client uses the methods here. */
  get sdkRoom(): Room {
    return this.#room;
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
   * server answers at once and sends views right after). While the connection is down the
   * action waits for it (counted in `queued`) and is sent with the same id once it is back; the
   * server answers a repeated id only once.
   */
  async act(action: IntentAction): Promise<IntentResult> {
    const intent = { intentId: newIntentId(), action };
    const deadline = Date.now() + QUEUE_LIMIT_MS;
    let waiting = false;
    const setWaiting = (on: boolean) => {
      if (on === waiting) return;
      waiting = on;
      this.queued += on ? 1 : -1;
      this.#emit();
    };
    try {
      for (;;) {
        if (this.status === "closed") return { ok: false, code: "network/closed", message: "Not sent: the connection to the session has ended." };
        if (Date.now() > deadline) return { ok: false, code: "network/queue-expired", message: "Not sent: the connection did not come back in time. Try again." };
        if (this.status !== "connected") {
          setWaiting(true);
          await this.#statusChange(deadline - Date.now());
          continue;
        }
        try {
          const answer = (await this.#room.request(MESSAGE_TYPES.intent, intent, { timeout: 10_000 })) as { seq?: number } | undefined;
          if (typeof answer?.seq === "number") await this.#caughtUp(answer.seq);
          return { ok: true };
        } catch (error) {
          const reason = (error as { reason?: IntentRejection }).reason;
          if (reason) return { ok: false, code: reason.code, message: reason.message };
          // Cut off by a drop: wait a moment (the status changes) and send it again with the same id.
          setWaiting(true);
          await new Promise((r) => setTimeout(r, 300));
        }
      }
    } finally {
      setWaiting(false);
    }
  }

  leave(): void {
    this.#left = true;
    this.#wake?.();
    void this.#room.leave();
  }

  #attach(room: Room) {
    this.#room = room;
    // A player's place is held by the server whatever the connection's age, so always try to come back.
    room.reconnection.minUptime = 0;
    room.reconnection.maxRetries = SDK_RETRIES;
    room.reconnection.backoff = (attempt: number) => retryDelay(attempt - 1, jitter());
    room.onMessage(MESSAGE_TYPES.welcome, (w: Welcome) => {
      this.welcome = w;
      this.clockOffset = w.serverTime - Date.now();
      // A player who joined by name comes back with the seat token the server just gave.
      if (w.token) this.#as = { as: "returning", token: w.token };
      this.#emit();
    });
    room.onMessage(MESSAGE_TYPES.viewSnapshot, (m: ViewSnapshot) => this.#received(this.#replica.snapshot(m)));
    room.onMessage(MESSAGE_TYPES.viewPatch, (m: ViewPatch) => this.#received(this.#replica.patch(m)));
    room.onDrop(() => this.#lost());
    room.onReconnect(() => this.#restored());
    room.onLeave((code: number, reason?: string) => {
      if (room !== this.#room) return;
      if (this.#left) return this.#close(null, reason ?? "");
      // The SDK could not resume this session (a restarted server, an expired seat): join again.
      void this.#rejoin();
    });
  }

  #lost() {
    if (this.lostAt === null) this.lostAt = Date.now();
    this.#setStatus("reconnecting");
  }

  #restored() {
    this.lostAt = null;
    this.attempts = 0;
    this.#setStatus("connected");
  }

  async #rejoin() {
    if (this.#rejoining || this.#left) return;
    this.#rejoining = true;
    this.#lost();
    try {
      for (let attempt = 0; !this.#left; attempt++) {
        this.attempts = attempt + 1;
        this.#emit();
        await this.#sleep(retryDelay(attempt, jitter()));
        if (this.#left) return;
        try {
          // The look-up reopens the session's room if it closed meanwhile (it is harmless otherwise).
          await fetch(`${this.#httpEndpoint}/api/sessions/${encodeURIComponent(this.#code)}`).catch(() => undefined);
          const room = await this.#client.joinById(this.#code, { ...this.#as, protocol: PROTOCOL_VERSION });
          if (this.#left) {
            void room.leave();
            return;
          }
          this.#attach(room);
          this.#restored();
          return;
        } catch (error) {
          const refusal = parseJoinRefusal(error instanceof Error ? error.message : String(error));
          // A refusal with a reason (removed, key no longer valid, protocol changed) will not heal by retrying.
          if (refusal.code !== null) return this.#close(refusal.code, refusal.message);
        }
      }
    } finally {
      this.#rejoining = false;
    }
  }

  #close(code: string | null, message: string) {
    this.closedReason = { code, message };
    this.#setStatus("closed");
  }

  /** Waits `ms`, or less when the browser says the network or the tab is back. */
  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = () => {
        this.#wake = null;
        done();
      };
    });
  }

  /** Resolves at the next change of status, or after `ms`. */
  #statusChange(ms: number): Promise<void> {
    const before = this.status;
    return this.#until(() => this.status !== before, ms);
  }

  /** Resolves once `done()` holds after a change, or after `ms`, whichever comes first. */
  #until(done: () => boolean, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const finish = () => {
        off();
        clearTimeout(timer);
        resolve();
      };
      const off = this.onChange(() => {
        if (done()) finish();
      });
      const timer = setTimeout(finish, Math.max(0, ms));
    });
  }

  #received(outcome: Received) {
    if (outcome === "resync") this.#room.send(MESSAGE_TYPES.resync);
    if (outcome !== "changed" && outcome !== "unchanged") return;
    this.clockOffset = this.#replica.serverTime - Date.now();
    this.#emit();
  }

  /** Resolves once the view reflects `version` accepted actions (or after a second, whatever happens). */
  #caughtUp(version: number): Promise<void> {
    if (this.#replica.version >= version) return Promise.resolve();
    return this.#until(() => this.#replica.version >= version, 1000);
  }

  #setStatus(status: ConnectionStatus) {
    this.status = status;
    this.#emit();
  }

  #emit() {
    for (const l of this.#listeners) l();
  }
}
