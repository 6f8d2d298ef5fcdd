// The session room: a thin adapter between Colyseus and the engine. It authenticates joins,
// turns intents into engine actions through SessionRuntime, sends every client its own view,
// and arms one timer for the current phase deadline. No game rule lives here.
import { getMessageBytes, Protocol, Room, ServerError, type Client, type Delayed, type MessageContext } from "@colyseus/core";
import type { Action, Actor } from "../../shared/protocol/actions.ts";
import { ruleError, type RuleError } from "../../shared/protocol/errors.ts";
import { describeZodError } from "../../shared/protocol/format-zod.ts";
import { joinRefusal } from "../../shared/protocol/join-refusal.ts";
import { LIMITS } from "../../shared/protocol/limits.ts";
import { Intent, JoinOptions, MESSAGE_TYPES, type Welcome } from "../../shared/protocol/messages.ts";
import { PROTOCOL_VERSION } from "../../shared/protocol/version.ts";
import { pendingTimers } from "../../shared/rules/timers.ts";
import { viewFor, type Presence, type Viewer } from "../../shared/view/view-for.ts";
import { hashSecret, newPlayerId, newSecret } from "../sessions/secrets.ts";
import { SessionRuntime } from "../sessions/session-runtime.ts";
import type { EventStore } from "../store/event-store.ts";
import { IntentMemory, type Answer } from "./intent-memory.ts";
import { project } from "./projection.ts";
import { RateLimiter } from "./rate-limit.ts";
import { ForumState } from "./schema.ts";
import { ViewSync, type SyncClient } from "./view-sync.ts";
import { BotRunner } from "./bot-runner.ts";

export type RoomServices = {
  readonly store: EventStore;
  readonly now: () => number;
  readonly idleMinutes: number;
  readonly reconnectSeconds: number;
  /** Mean pause before a bot's move in a live room, in ms. */
  readonly botDelayMs: number;
};

type Identity = { readonly viewer: Viewer; readonly newToken?: string; readonly isNew?: { readonly name: string } };
type ClientData = { viewer: Viewer; limiter: RateLimiter };
type ForumClient = Client<{ userData: ClientData; auth: Identity }>;

export const RATE = { perSecond: 10, burst: 30, maxStrikes: 20 } as const;

export function createForumRoom(services: RoomServices) {
  return class ForumRoom extends Room<{ state: ForumState; client: ForumClient }> {
    override maxMessagesPerSecond = 60;
    override autoDispose = false;
    override state = new ForumState();

    runtime!: SessionRuntime;
    // Views are encoded once per audience and the same bytes sent to each of its clients.
    readonly sync = new ViewSync((type, message) => getMessageBytes.raw(Protocol.ROOM_DATA, type, message));
    flushPending = false;
    attendance: Presence = { players: new Set(), facilitator: false };
    readonly intents = new IntentMemory();
    readonly connections = new Map<string, number>();
    facilitatorConnections = 0;
    deadlineTimer: Delayed | undefined;
    idleTimer: Delayed | undefined;
    bots!: BotRunner;

    override messages = {
      [MESSAGE_TYPES.intent]: (client: ForumClient, payload: unknown, ctx: MessageContext) => this.onIntent(client, payload, ctx),
      [MESSAGE_TYPES.resync]: (client: ForumClient) => {
        this.sync.resync(client.sessionId);
        this.scheduleFlush();
      },
    };

    override async onCreate(options: { code: string; bots?: readonly string[]; closedSeats?: readonly string[] }) {
      const runtime = await SessionRuntime.load(services.store, options.code);
      if (!runtime) throw new ServerError(404, joinRefusal("join/unknown-code", `No session with code ${options.code}.`));
      this.runtime = runtime;
      this.roomId = options.code;
      this.setPrivate(true);
      this.seatReservationTimeout = 30;
      this.bots = new BotRunner({
        act: (playerId, action) => this.submit({ kind: "player", playerId }, action),
        viewOf: (playerId) => viewFor(this.runtime.state, { kind: "player", playerId }, this.attendance, services.now(), { lazyPermissions: true }),
        schedule: (run, ms) => this.clock.setTimeout(run, ms),
        delayMs: services.botDelayMs,
        seed: runtime.record.seed,
      });
      // The creator's seat plan (bots, closed seats): applied once, as the session's first actions.
      if (runtime.seq === 0) {
        for (const seat of options.closedSeats ?? []) await this.runtime.submit({ kind: "facilitator" }, { type: "seat.close", seat, closed: true }, services.now());
        for (const seat of options.bots ?? []) await this.runtime.submit({ kind: "facilitator" }, { type: "seat.autopilot", seat, on: true }, services.now());
      }
      this.refresh();
      this.armIdleTimer();
    }

    override onDispose() {
      this.bots?.stop();
    }

    override async onAuth(_client: ForumClient, rawOptions: unknown): Promise<Identity> {
      const parsed = JoinOptions.safeParse(rawOptions);
      if (!parsed.success) throw new ServerError(400, joinRefusal("join/invalid-options", `Cannot join: ${describeZodError(parsed.error)}`));
      const options = parsed.data;
      if (options.protocol !== PROTOCOL_VERSION) {
        throw new ServerError(426, joinRefusal("protocol/version-mismatch", `This page is out of date (protocol ${options.protocol}, server ${PROTOCOL_VERSION}); reload it.`));
      }
      const record = this.runtime.record;
      switch (options.as) {
        case "facilitator":
          if (hashSecret(options.key) !== record.facilitatorKeyHash) throw new ServerError(403, joinRefusal("join/wrong-key", "That facilitator key does not open this session."));
          return { viewer: { kind: "facilitator" } };
        case "returning": {
          const playerId = await services.store.findPlayerByToken(record.code, hashSecret(options.token));
          if (!playerId) throw new ServerError(403, joinRefusal("join/unknown-token", "That seat token is not valid for this session; join again with your name."));
          if (this.runtime.state.removed.includes(playerId)) throw new ServerError(403, joinRefusal("player/removed", "The chair removed you from this session."));
          return { viewer: { kind: "player", playerId } };
        }
        case "player":
          this.checkPasscode(options.passcode);
          if (this.runtime.state.locked) throw new ServerError(403, joinRefusal("join/locked", "The facilitator has closed this session to newcomers; ask them to open it."));
          return { viewer: { kind: "player", playerId: newPlayerId() }, newToken: newSecret(), isNew: { name: options.name } };
        case "spectator":
          this.checkPasscode(options.passcode);
          return { viewer: { kind: "spectator" } };
      }
    }

    checkPasscode(passcode: string | undefined) {
      const hash = this.runtime.record.passcodeHash;
      if (hash !== null && (passcode === undefined || hashSecret(passcode) !== hash)) {
        throw new ServerError(403, joinRefusal("join/wrong-passcode", passcode === undefined ? "This session needs a passcode." : "Wrong passcode for this session."));
      }
    }

    override async onJoin(client: ForumClient, _options: unknown, identity: Identity) {
      const now = services.now();
      client.userData = { viewer: identity.viewer, limiter: new RateLimiter(RATE, now) };
      const viewer = identity.viewer;
      if (viewer.kind === "player" && identity.isNew && identity.newToken) {
        const joined = await this.runtime.submit({ kind: "system" }, { type: "player.join", playerId: viewer.playerId, name: identity.isNew.name }, now);
        if (!joined.ok) throw new ServerError(400, joinRefusal(joined.error.code, joined.error.message));
        await services.store.savePlayerToken(this.runtime.record.code, hashSecret(identity.newToken), viewer.playerId);
      }
      this.connect(viewer, +1);
      const welcome: Welcome = {
        code: this.runtime.record.code,
        role: viewer.kind,
        serverTime: now,
        ...(viewer.kind === "player" ? { playerId: viewer.playerId } : {}),
        ...(identity.newToken ? { token: identity.newToken } : {}),
      };
      client.send(MESSAGE_TYPES.welcome, welcome);
      this.sync.join(syncClient(client, viewer));
      this.refresh();
    }

    override onDrop(client: ForumClient) {
      this.sync.leave(client.sessionId);
      this.connect(client.userData?.viewer, -1);
      this.refresh();
      // Rejected when the seat expires or the room is closing; onLeave handles both.
      this.allowReconnection(client, services.reconnectSeconds).catch(() => undefined);
    }

    override onReconnect(client: ForumClient) {
      const viewer = client.userData?.viewer;
      this.connect(viewer, +1);
      if (viewer) this.sync.join(syncClient(client, viewer));
      this.refresh();
    }

    override onLeave(client: ForumClient) {
      // onDrop already counted a dropped client out; a consented leave was still counted in.
      if (client.userData && this.clients.includes(client)) this.connect(client.userData.viewer, -1);
      this.sync.leave(client.sessionId);
      this.refresh();
    }

    override onUncaughtException(error: Error, methodName: string) {
      // Refused joins (bad key, wrong passcode) are answers to the client, not faults.
      const cause = (error as { cause?: unknown }).cause;
      if (cause instanceof ServerError && cause.code < 500) return;
      console.error(`[room ${this.roomId}] ${methodName} failed:`, error);
    }

    async onIntent(client: ForumClient, payload: unknown, ctx: MessageContext) {
      const reply = (answer: Answer) => (answer.ok ? ctx.resolve(answer.value) : ctx.reject(answer.value));
      const data = client.userData;
      if (!data) return reply(rejected(ruleError("role/not-allowed", "Finish joining before acting.")));
      const verdict = data.limiter.take(services.now());
      if (verdict !== "ok") {
        if (verdict === "disconnect") this.clock.setTimeout(() => client.leave(4008, "Too many requests."), 0);
        return reply(rejected(ruleError("rate/limited", "You are sending actions too fast; wait a moment and try again.")));
      }
      if (JSON.stringify(payload ?? null).length > LIMITS.intentBytes) {
        return reply(rejected(ruleError("intent/too-large", `An action may hold at most ${LIMITS.intentBytes} bytes.`)));
      }
      const parsed = Intent.safeParse(payload);
      if (!parsed.success) {
        const unknownType = parsed.error.issues.some((i) => i.path.join(".") === "action.type" && i.code === "invalid_union");
        return reply(rejected(ruleError(unknownType ? "intent/unknown-type" : "intent/invalid", describeZodError(parsed.error))));
      }
      const actor = actorOf(data.viewer);
      if (!actor) return reply(rejected(ruleError("role/not-allowed", "Spectators watch the session; they cannot act in it.")));
      const sender = actor.kind === "player" ? actor.playerId : "facilitator";
      const before = this.intents.get(sender, parsed.data.intentId);
      if (before) return reply(before);
      const answer = await this.submit(actor, parsed.data.action);
      if (answer.ok) this.sync.acted(client.sessionId);
      this.intents.remember(sender, parsed.data.intentId, answer);
      return reply(answer);
    }

    async submit(actor: Actor, action: Action): Promise<Answer> {
      try {
        const result = await this.runtime.submit(actor, action, services.now());
        if (!result.ok) return rejected(result.error);
        if (action.type === "chair.remove") this.disconnectPlayer(action.playerId);
        this.refresh();
        if (this.runtime.state.stage === "ended") this.armIdleTimer();
        return { ok: true, value: { ok: true, seq: result.seq } };
      } catch (error) {
        console.error(`[room ${this.roomId}] could not apply ${action.type}:`, error);
        return rejected(ruleError("server/error", "The server could not record this action; nothing changed. Try again."));
      }
    }

    /** A removed player's tabs are closed with the reason; their token no longer opens the session. */
    disconnectPlayer(playerId: string) {
      for (const client of this.clients) {
        const viewer = client.userData?.viewer;
        if (viewer?.kind === "player" && viewer.playerId === playerId) client.leave(4003, "The chair removed you from this session.");
      }
    }

    connect(viewer: Viewer | undefined, delta: 1 | -1) {
      if (!viewer) return;
      if (viewer.kind === "facilitator") this.facilitatorConnections += delta;
      else if (viewer.kind === "player") {
        const n = (this.connections.get(viewer.playerId) ?? 0) + delta;
        if (n > 0) this.connections.set(viewer.playerId, n);
        else this.connections.delete(viewer.playerId);
      }
      // A new object only when presence changes: views keep the sections built from it until then.
      this.attendance = { players: new Set(this.connections.keys()), facilitator: this.facilitatorConnections > 0 };
      this.armIdleTimer();
    }

    /** After any change: project the public header, schedule the views' flush, re-arm the deadline, wake the bots. */
    refresh() {
      const state = this.runtime.state;
      project(this.state, this.runtime.record.code, state, this.clients.length);
      this.scheduleFlush();
      this.armDeadline();
      this.bots.poke(state);
    }

    /**
     * Views go out once the current batch of messages has been handled: every action accepted
     * meanwhile travels in one patch per audience, while each intent's answer is sent at once.
     * This is I/O scheduling, not game time, so it is not a clock timer (those tick every 50 ms).
     */
    scheduleFlush() {
      if (this.flushPending) return;
      this.flushPending = true;
      setImmediate(() => {
        this.flushPending = false;
        if (this.runtime) this.sync.flush(this.runtime.state, this.runtime.seq, this.attendance, services.now());
      });
    }

    /** One timer, for the earliest deadline the engine is waiting on (phase, speaker, silence). */
    armDeadline() {
      this.deadlineTimer?.clear();
      this.deadlineTimer = undefined;
      const next = pendingTimers(this.runtime.state)[0];
      if (!next) return;
      const wait = Math.max(0, next.at - services.now());
      this.deadlineTimer = this.clock.setTimeout(() => {
        void this.submit({ kind: "system" }, next.action);
      }, wait);
    }

    /** A room with nobody connected closes after the idle time; its session stays in the store. */
    armIdleTimer() {
      this.idleTimer?.clear();
      this.idleTimer = undefined;
      if (this.clients.length > 0 || this.facilitatorConnections > 0 || this.connections.size > 0) return;
      this.idleTimer = this.clock.setTimeout(() => void this.disconnect(), services.idleMinutes * 60_000);
    }
  };
}

export type ForumRoom = InstanceType<ReturnType<typeof createForumRoom>>;

/** The view sync's handle on a client: its viewer, and its socket for bytes already encoded. */
function syncClient(client: ForumClient, viewer: Viewer): SyncClient {
  return { id: client.sessionId, viewer, send: (bytes) => client.enqueueRaw(bytes) };
}

const rejected = (error: RuleError): Answer => ({ ok: false, value: { code: error.code, message: error.message } });

function actorOf(viewer: Viewer): Actor | null {
  switch (viewer.kind) {
    case "facilitator":
      return { kind: "facilitator" };
    case "player":
      return { kind: "player", playerId: viewer.playerId };
    case "spectator":
      return null;
  }
}
