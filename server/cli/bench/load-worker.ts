// A load-generating worker of `npm run bench` (a child process): joins its share of the clients
// with the real Colyseus SDK (or raw websockets against the floor server), then sends intents
// open-loop on a Poisson schedule whatever the answers do, and measures answer latency,
// latency until peers see a text (by its marker, in the raw bytes they receive), and bytes.
import { Client, type Room } from "@colyseus/sdk";
import { Connection } from "../../../client/src/net/connection.ts";
import type { IntentAction } from "../../../shared/protocol/actions.ts";
import { MESSAGE_TYPES } from "../../../shared/protocol/message-types.ts";
import type { View } from "../../../shared/protocol/view.ts";
import { PROTOCOL_VERSION } from "../../../shared/protocol/version.ts";
import { marker, nextAction, seeded, type Player, type Situation } from "./mix.ts";
import type { ClientPlan, FromWorker, Go, Report, SessionPlan, Setup, ToWorker } from "./plan.ts";
import { Histogram, wallClock } from "./stats.ts";

const OPEN = new TextEncoder().encode("⟦");
const CLOSE = new TextEncoder().encode("⟧");
const ROOM_DATA = 13;

type Sender = (action: IntentAction) => Promise<{ ok: boolean; code?: string }>;
type Live = { plan: ClientPlan; session: Session; send: Sender; close: () => void; player: Player | null; count: number };
type Session = { plan: SessionPlan; situation: () => Situation; round: () => number; chair: Live | null; version: () => number };

const post = (m: FromWorker) => process.send?.(m);

const answer = new Histogram();
const seen = new Histogram();
const joins = new Histogram();
const rejected: Record<string, number> = {};
const counters = { sent: 0, answered: 0, accepted: 0, pending: 0, bytes: 0, frames: 0, patchBytes: 0, patchFrames: 0, resyncs: 0 };
let window = { from: Number.POSITIVE_INFINITY, to: Number.NEGATIVE_INFINITY };
const inWindow = (t: number) => t >= window.from && t <= window.to;
let setup: Setup | null = null;
const live: Live[] = [];

process.on("message", (m: ToWorker) => {
  if (m.type === "setup") {
    setup = m;
    void joinAll(m).catch((e: unknown) => post({ type: "failed", error: e instanceof Error ? (e.stack ?? e.message) : String(e) }));
  } else void run(m);
});

async function joinAll(s: Setup): Promise<void> {
  const failures: string[] = [];
  const queue = [...s.sessions];
  const lanes = Array.from({ length: Math.min(8, queue.length) }, async () => {
    for (let plan = queue.shift(); plan; plan = queue.shift()) {
      try {
        await joinSession(s, plan);
      } catch (e) {
        failures.push(`${plan.code}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  });
  await Promise.all(lanes);
  post({ type: "joined", joins: joins.toJSON(), failures });
}

async function joinSession(s: Setup, plan: SessionPlan): Promise<void> {
  let chairView: () => View | null = () => null;
  let chairVersion: () => number = () => 0;
  const session: Session = {
    plan,
    chair: null,
    situation: () => situationOf(chairView(), plan.seats),
    round: () => chairView()?.session.round ?? 0,
    version: () => chairVersion(),
  };
  for (const c of plan.clients) {
    const t0 = wallClock();
    if (s.mode === "floor") {
      const l = await joinFloor(s.url, plan, c, session);
      joins.record(wallClock() - t0);
      live.push(l);
      if (c.role === "facilitator") session.chair = l;
      continue;
    }
    if (c.role === "facilitator") {
      const conn = await Connection.join(plan.code, { as: "facilitator", key: plan.key }, s.url);
      tap(conn.sdkRoom, c.index, true);
      const sdkSend = conn.sdkRoom.send.bind(conn.sdkRoom);
      conn.sdkRoom.send = ((type: string, payload?: unknown) => {
        if (type === MESSAGE_TYPES.resync) counters.resyncs++;
        return sdkSend(type, payload);
      }) as typeof conn.sdkRoom.send;
      await until(() => conn.view !== null);
      joins.record(wallClock() - t0);
      chairView = () => conn.view;
      // The number of actions the session has accepted, bots' included (from the chair's view).
      chairVersion = () => conn.version ?? 0;
      const l: Live = { plan: c, session, send: requester(conn.sdkRoom), close: () => conn.leave(), player: null, count: 0 };
      session.chair = l;
      live.push(l);
      if (!plan.prepared) await openDebate(l);
      continue;
    }
    const as =
      c.role === "spectator" ? { as: "spectator" as const } : c.token ? { as: "returning" as const, token: c.token } : { as: "player" as const, name: c.name };
    const room = await new Client(s.url).joinById(plan.code, { ...as, protocol: PROTOCOL_VERSION });
    const first = new Promise<void>((resolve) => {
      room.onMessage(MESSAGE_TYPES.viewSnapshot, () => resolve());
    });
    room.onMessage(MESSAGE_TYPES.welcome, () => undefined);
    tap(room, c.index, false);
    await first;
    joins.record(wallClock() - t0);
    const l: Live = {
      plan: c,
      session,
      send: requester(room),
      close: () => void room.leave(),
      player: c.role === "player" && c.seat ? { index: c.index, seat: c.seat, head: c.head, onList: false, chosenRound: -1 } : null,
      count: 0,
    };
    live.push(l);
    if (c.role === "player" && c.seat && !c.token) {
      const claimed = await l.send({ type: "seat.claim", seat: c.seat });
      if (!claimed.ok) throw new Error(`seat ${c.seat}: ${claimed.code}`);
    }
  }
}

/** The facilitator starts the session, moves to negotiation and opens the debate to every seat. */
async function openDebate(chair: Live): Promise<void> {
  const steps: IntentAction[] = [{ type: "session.start" }, { type: "phase.advance" }, { type: "phase.advance" }, { type: "floor.configure", openDebate: true }];
  for (const action of steps) {
    const r = await chair.send(action);
    if (!r.ok) throw new Error(`${action.type}: ${r.code}`);
  }
}

function situationOf(v: View | null, seats: readonly string[]): Situation {
  if (!v) return { stage: "negotiation", tabled: [], question: null, voted: new Set(), seats };
  const q = v.question;
  const open = q === null ? undefined : v.proposals.find((p) => p.id === q.split(".")[0]);
  const ballots = q === null ? [] : q.includes(".") ? (open?.amendments.find((a) => `${open.id}.${a.id}` === q || a.id === q)?.ballots ?? []) : (open?.ballots ?? []);
  return {
    stage: v.session.stage,
    tabled: v.proposals.filter((p) => p.status === "tabled").map((p) => p.id),
    question: q,
    voted: new Set(ballots.map((b) => b.seat)),
    seats,
  };
}

function requester(room: Room): Sender {
  let n = 0;
  return (action) =>
    room.request(MESSAGE_TYPES.intent, { intentId: `b${process.pid}-${++n}`, action }, { timeout: 60_000 }).then(
      () => ({ ok: true }),
      (e: { reason?: { code?: string } }) => ({ ok: false, code: e.reason?.code ?? "network/unreachable" }),
    );
}

/**
 * Counts a client's received frames and finds the text markers in them. A client that only
 * watches (`decode` false) hands the SDK its snapshots but not its view patches, whose content
 * it does not need: like the floor's clients, it reads them for markers only, so the load
 * generator spends its time where the floor's does.
 */
function tap(room: Room, receiver: number, decode: boolean): void {
  const events = room.connection.events;
  const original = events.onmessage;
  const last = new Map<number, number>();
  events.onmessage = (event: MessageEvent) => {
    const bytes = new Uint8Array(event.data as ArrayBuffer);
    observe(bytes, receiver, last);
    if (decode || !isPatch(bytes)) original?.(event);
  };
}

function observe(bytes: Uint8Array, receiver: number, last: Map<number, number>): void {
  const now = wallClock();
  if (inWindow(now)) {
    counters.bytes += bytes.byteLength;
    counters.frames++;
    if (isPatch(bytes)) {
      counters.patchBytes += bytes.byteLength;
      counters.patchFrames++;
    }
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = buffer.indexOf(OPEN); at >= 0; at = buffer.indexOf(OPEN, at + 1)) {
    const end = buffer.indexOf(CLOSE, at);
    if (end < 0) break;
    const [sender, count, sentAt] = buffer.toString("latin1", at + OPEN.length, end).split(".", 3).map(Number) as [number, number, number];
    // Each text once per receiver: later copies (a view's window, a snapshot) are not news.
    if (sender === receiver || !(count > (last.get(sender) ?? 0))) continue;
    last.set(sender, count);
    if (inWindow(sentAt)) seen.record(now - sentAt);
  }
}

/** Colyseus frames start with ROOM_DATA and the message type as a short string. */
function isPatch(bytes: Uint8Array): boolean {
  if (bytes[0] !== ROOM_DATA || bytes.length < 3) return false;
  const len = (bytes[1] ?? 0) & 0x1f;
  return Buffer.from(bytes.buffer, bytes.byteOffset + 2, len).toString() === MESSAGE_TYPES.viewPatch;
}

async function joinFloor(url: string, plan: SessionPlan, c: ClientPlan, session: Session): Promise<Live> {
  const ws = new WebSocket(`${url}/?group=${plan.code}`);
  ws.binaryType = "arraybuffer";
  const receiver = c.index;
  const last = new Map<number, number>();
  const waiting = new Map<number, (r: { ok: boolean }) => void>();
  await new Promise<void>((resolve, reject) => {
    ws.onopen = () => resolve();
    ws.onerror = () => reject(new Error("floor connection failed"));
  });
  ws.onmessage = (event: MessageEvent) => {
    const bytes = typeof event.data === "string" ? new TextEncoder().encode(event.data) : new Uint8Array(event.data as ArrayBuffer);
    if (bytes[0] === 0x7b && bytes[2] === 0x61) {
      // {"a":id}: the answer to one of ours
      const id = Number(JSON.parse(Buffer.from(bytes).toString()).a);
      waiting.get(id)?.({ ok: true });
      waiting.delete(id);
    }
    observe(bytes, receiver, last);
  };
  let n = 0;
  const send: Sender = (action) =>
    new Promise((resolve) => {
      const id = ++n;
      waiting.set(id, resolve);
      ws.send(JSON.stringify({ i: id, action }));
    });
  return {
    plan: c,
    session,
    send,
    close: () => ws.close(),
    player: c.role === "player" && c.seat ? { index: c.index, seat: c.seat, head: c.head, onList: false, chosenRound: -1 } : null,
    count: 0,
  };
}

async function run(go: Go): Promise<void> {
  const s = setup;
  if (!s) return;
  const start = wallClock();
  window = { from: start + go.warmupMs, to: start + go.warmupMs + go.durationMs };
  const end = window.to;
  const draw = seeded(s.seed);
  const timers: NodeJS.Timeout[] = [];
  const schedule = (rate: number, act: () => void) => {
    if (rate <= 0) return;
    const next = () => {
      const wait = (-Math.log(1 - draw()) / rate) * 1000;
      if (wallClock() + wait > end) return;
      timers.push(
        setTimeout(() => {
          act();
          next();
        }, wait),
      );
    };
    next();
  };
  const fire = (l: Live, action: IntentAction) => {
    const t0 = wallClock();
    if (inWindow(t0)) counters.sent++;
    counters.pending++;
    void l.send(action).then((r) => {
      counters.pending--;
      if (!inWindow(t0)) return;
      counters.answered++;
      answer.record(wallClock() - t0);
      if (r.ok) counters.accepted++;
      else rejected[r.code ?? "?"] = (rejected[r.code ?? "?"] ?? 0) + 1;
    });
  };
  for (const l of live) {
    if (l.player) {
      const p = l.player;
      schedule(s.rate, () => fire(l, nextAction(l.session.situation(), p, draw, marker(p.index, ++l.count, wallClock()), l.session.round())));
    } else if (l.plan.role === "facilitator") {
      schedule(s.chairRate, () => fire(l, { type: "chair.broadcast", text: `The chair reminds delegations of the time ${marker(l.plan.index, ++l.count, wallClock())}` }));
      if (s.phaseMs !== null && s.mode === "normcraft") {
        // Sessions move through the phases at staggered times, as real classes would.
        const offset = draw() * s.phaseMs;
        for (let t = offset; t < go.warmupMs + go.durationMs; t += s.phaseMs) timers.push(setTimeout(() => fire(l, { type: "phase.advance" }), t));
      }
    }
  }
  const sessions = [...new Set(live.map((l) => l.session))];
  let versionsAtStart = 0;
  timers.push(setTimeout(() => (versionsAtStart = sessions.reduce((n, x) => n + x.version(), 0)), go.warmupMs));
  await new Promise((r) => setTimeout(r, end - wallClock()));
  const actions = sessions.reduce((n, x) => n + x.version(), 0) - versionsAtStart;
  await new Promise((r) => setTimeout(r, 1500));
  for (const t of timers) clearTimeout(t);
  const report: Report = {
    type: "report",
    answer: answer.toJSON(),
    seen: seen.toJSON(),
    sent: counters.sent,
    accepted: counters.accepted,
    rejected,
    unanswered: counters.sent - counters.answered,
    clients: live.length,
    bytes: counters.bytes,
    frames: counters.frames,
    patchBytes: counters.patchBytes,
    patchFrames: counters.patchFrames,
    resyncs: counters.resyncs,
    actions: s.mode === "floor" ? counters.accepted : actions,
  };
  post(report);
  for (const l of live) l.close();
  setTimeout(() => process.exit(0), 500);
}

function until(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const poll = () => {
      if (check()) resolve();
      else if (Date.now() - t0 > timeoutMs) reject(new Error("timed out"));
      else setTimeout(poll, 5);
    };
    poll();
  });
}
