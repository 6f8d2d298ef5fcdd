// View sync, checked against the reference: over seeded random sessions (long enough to slide
// past the journal and message windows), every client that applies the patches it received to
// its first snapshot holds exactly viewFor(state, its viewer), whatever the coalescing, the
// changes of presence or the moves between audiences. Each encoded audience patch goes to every
// member of its audience and to nobody else; snapshots and personal patches to one client each.
// A lost or reordered patch makes the client ask for a snapshot; it never leaves it with a
// wrong view.
import { describe, expect, it } from "vitest";
import type { ViewPatch, ViewSnapshot } from "../../shared/protocol/messages.ts";
import { MESSAGE_TYPES } from "../../shared/protocol/message-types.ts";
import { apply } from "../../shared/rules/engine.ts";
import { nextFloat, type RngState } from "../../shared/rules/rng.ts";
import { createInitialState, type GameState } from "../../shared/rules/state.ts";
import type { Scenario } from "../../shared/scenario/schema.ts";
import { ViewReplica } from "../../shared/sync/replica.ts";
import { audienceKey, audienceOf as audienceOfViewer, type Viewer } from "../../shared/view/audience.ts";
import type { Presence } from "../../shared/view/audience-view.ts";
import { viewFor } from "../../shared/view/view-for.ts";
import { RULES } from "../../shared/rules/constants.ts";
import { ViewSync } from "../../server/rooms/view-sync.ts";
import { GENERATORS } from "../helpers/random-actions.ts";
import type { Candidate } from "../helpers/random-play.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";

type Message = { type: string; body: ViewSnapshot | ViewPatch };
type Fake = { id: string; viewer: Viewer; inbox: Message[]; replica: ViewReplica };

/** A session driven by random actions, with a ViewSync and fake clients that decode what they get. */
class Harness {
  state: GameState;
  version = 0;
  now = 1_000_000;
  presence: Presence = { players: new Set(), facilitator: true };
  readonly sync = new ViewSync((type, message) => new TextEncoder().encode(JSON.stringify({ type, body: message })));
  readonly clients: Fake[] = [];
  /** Who received each encoded buffer, by the buffer itself. */
  readonly receivers = new Map<Uint8Array, string[]>();
  #rng: RngState;
  maxJournalSeen = 0;

  constructor(scenario: Scenario, seed: number) {
    this.state = createInitialState(scenario, seed);
    this.#rng = seed ^ 0x2545f491;
  }

  draw(): number {
    const [v, next] = nextFloat(this.#rng);
    this.#rng = next;
    return v;
  }

  pick = <T,>(items: readonly T[]): T | undefined => (items.length === 0 ? undefined : items[Math.floor(this.draw() * items.length)]);

  connect(id: string, viewer: Viewer): Fake {
    const fake: Fake = { id, viewer, inbox: [], replica: new ViewReplica() };
    this.clients.push(fake);
    this.sync.join({
      id,
      viewer,
      send: (bytes) => {
        this.receivers.set(bytes, [...(this.receivers.get(bytes) ?? []), id]);
        fake.inbox.push(JSON.parse(new TextDecoder().decode(bytes)) as Message);
      },
    });
    return fake;
  }

  run(actor: Candidate["actor"], action: Candidate["action"]): boolean {
    const result = apply(this.state, action, { actor, now: this.now });
    if (!result.ok) return false;
    this.state = result.state;
    this.version++;
    return true;
  }

  /** Flushes, and checks that each buffer went to the clients of one audience only, and to all of them that were not starting afresh. */
  flush(): void {
    this.receivers.clear();
    this.sync.flush(this.state, this.version, this.presence, this.now);
    const audienceOf = (id: string) => {
      const viewer = this.clients.find((c) => c.id === id)?.viewer;
      return viewer ? audienceKey(audienceOfViewer(this.state, viewer)) : "?";
    };
    for (const [bytes, ids] of this.receivers) {
      const message = JSON.parse(new TextDecoder().decode(bytes)) as Message;
      const audiences = new Set(ids.map(audienceOf));
      expect(audiences.size, `one buffer (${message.type}) went to ${[...audiences].join(", ")}`).toBe(1);
      if (message.type === MESSAGE_TYPES.viewPatch && (message.body as ViewPatch).stream === "audience") {
        const snapshotted = new Set([...this.receivers].filter(([b]) => (JSON.parse(new TextDecoder().decode(b)) as Message).type === MESSAGE_TYPES.viewSnapshot).flatMap(([, r]) => r));
        const members = this.clients.filter((c) => audienceOf(c.id) === audienceOf(ids[0] ?? "") && !snapshotted.has(c.id)).map((c) => c.id);
        expect([...ids].sort()).toEqual(members.sort());
      } else expect(ids).toHaveLength(1);
    }
  }

  /** Delivers each client's inbox to its replica; returns the outcomes. */
  deliver(fake: Fake, mangle?: (inbox: Message[]) => Message[]): string[] {
    const inbox = mangle ? mangle(fake.inbox) : fake.inbox;
    fake.inbox = [];
    const outcomes = inbox.map((m) =>
      m.type === MESSAGE_TYPES.viewSnapshot ? fake.replica.snapshot(m.body as ViewSnapshot) : fake.replica.patch(m.body as ViewPatch),
    );
    if (outcomes.includes("resync")) this.sync.resync(fake.id);
    return outcomes;
  }

  reference(fake: Fake) {
    return viewFor(this.state, fake.viewer, this.presence, this.now);
  }
}

function playRandomly(h: Harness, steps: number, onFlush: () => void): void {
  const observers = new Set(h.state.scenario.observers.map((o) => o.id));
  const seats = [...h.state.scenario.delegations.map((d) => d.id), ...observers];
  // Two players in each delegation (an observer seat holds one), and one player who waits
  // unseated for a while, then sits down.
  let n = 0;
  for (const seat of seats) {
    for (let k = 0; k < (observers.has(seat) ? 1 : 2); k++) {
      const playerId = `p${++n}`;
      h.run({ kind: "system" }, { type: "player.join", playerId, name: `Player ${n}` });
      h.run({ kind: "player", playerId }, { type: "seat.claim", seat });
    }
  }
  h.run({ kind: "system" }, { type: "player.join", playerId: "late", name: "Late" });
  h.run({ kind: "facilitator" }, { type: "session.start" });
  h.run({ kind: "facilitator" }, { type: "floor.configure", openDebate: true });
  const chat = ["message.public", "message.public", "message.team", "message.back-channel"] as const;
  for (let step = 0; step < steps && h.state.stage !== "ended"; step++) {
    h.now += Math.floor(h.draw() * 5_000);
    const r = h.draw();
    if (r < 0.01) {
      h.run({ kind: "facilitator" }, { type: "phase.advance" });
      h.run({ kind: "facilitator" }, { type: "floor.configure", openDebate: true });
    }
    else if (r < 0.55) {
      // Plenty of messages, so the views' windows slide.
      const p = h.pick(Object.values(h.state.players).filter((x) => x.seat !== null));
      const type = h.pick(chat) ?? "message.public";
      if (p) {
        const actor = { kind: "player" as const, playerId: p.id };
        if (type === "message.back-channel") h.run(actor, { type, to: h.pick(seats.filter((s) => s !== p.seat)) ?? "", text: `psst ${step}` });
        else h.run(actor, { type, text: `line ${step}` });
      }
    } else if (r < 0.56 && h.state.players.late?.seat === null) {
      h.run({ kind: "player", playerId: "late" }, { type: "seat.claim", seat: h.pick(seats) ?? "" });
    } else if (r < 0.58) {
      // Someone's connection comes or goes.
      const who = h.pick(Object.keys(h.state.players));
      const players = new Set(h.presence.players);
      if (who && !players.delete(who)) players.add(who);
      h.presence = { players, facilitator: h.draw() < 0.9 };
    } else {
      const c = h.pick(GENERATORS.flatMap((g) => g(h.state, h.pick)));
      if (c) h.run(c.actor, c.action);
    }
    // Coalescing: flush after a random number of actions.
    if (h.draw() < 0.25) {
      h.flush();
      onFlush();
    }
  }
  h.flush();
  onFlush();
}

const viewersOf = (h: Harness): [string, Viewer][] => [
  ["chair", { kind: "facilitator" }],
  ["spectator", { kind: "spectator" }],
  ["projector", { kind: "spectator" }],
  ["p1", { kind: "player", playerId: "p1" }],
  ["p2", { kind: "player", playerId: "p2" }],
  ["p3", { kind: "player", playerId: "p3" }],
  ["late", { kind: "player", playerId: "late" }],
  // The observer seat's player.
  ...Object.values(h.state.players)
    .filter((p) => h.state.scenario.observers.some((o) => o.id === p.seat))
    .slice(0, 1)
    .map((p): [string, Viewer] => [p.id, { kind: "player", playerId: p.id }]),
];

describe("view sync", () => {
  for (const [scenarioId, seeds] of [["seminar", [1, 2]], ["standard", [4]]] as const) {
    it(`patched views equal viewFor after every flush, past the journal and message windows (${scenarioId})`, { timeout: 120_000 }, () => {
      for (const seed of seeds) {
        const h = new Harness(loadBuiltin(scenarioId), seed);
        let clients: Fake[] = [];
        let checks = 0;
        playRandomly(h, 700, () => {
          // Clients join once players exist; one joins late, mid-session.
          if (clients.length === 0) clients = viewersOf(h).map(([id, viewer]) => h.connect(id, viewer));
          if (checks === 50) clients.push(h.connect("latecomer", { kind: "spectator" }));
          h.flush();
          for (const fake of clients) {
            expect(h.deliver(fake)).not.toContain("resync");
            expect(fake.replica.view, `${fake.id} after ${h.version} actions`).toEqual(h.reference(fake));
            expect(fake.replica.version).toBeLessThanOrEqual(h.version);
          }
          checks++;
        });
        expect(checks).toBeGreaterThan(50);
        // The windows did slide: more readable entries and messages than a view carries.
        expect(h.state.journal.length).toBeGreaterThan(RULES.viewJournalLength * 3);
        const publicMessages = h.state.journal.filter((e) => e.event.type === "message.posted" && e.event.channel === "public").length;
        expect(publicMessages).toBeGreaterThan(RULES.viewMessages);
        expect(clients.find((c) => c.id === "chair")?.replica.view?.negotiation.messages.public).toHaveLength(RULES.viewMessages);
        // The late player sat down at some point and moved to their seat's audience.
        expect(h.state.players.late?.seat).not.toBeNull();
      }
    });
  }

  it("a lost or reordered patch makes the client ask for a snapshot, never leaves it with a wrong view", { timeout: 120_000 }, () => {
    const h = new Harness(loadBuiltin("seminar"), 11);
    let clients: Fake[] = [];
    let resyncs = 0;
    let mangled = 0;
    playRandomly(h, 700, () => {
      if (clients.length === 0) clients = viewersOf(h).map(([id, viewer]) => h.connect(id, viewer));
      h.flush();
      for (const fake of clients) {
        // Let patches pile up now and then, so that there are several of a stream to lose or swap.
        if (h.draw() < 0.5) continue;
        const patches = fake.inbox.filter((m) => m.type === MESSAGE_TYPES.viewPatch).length;
        const fault = patches >= 2 ? h.pick(["drop", "swap", "none", "none"] as const) : "none";
        const outcomes = h.deliver(fake, (inbox) => {
          if (fault === "none") return inbox;
          mangled++;
          const i = inbox.findIndex((m) => m.type === MESSAGE_TYPES.viewPatch);
          const j = inbox.findIndex((m, k) => k > i && m.type === MESSAGE_TYPES.viewPatch && (m.body as ViewPatch).stream === (inbox[i]?.body as ViewPatch).stream);
          if (j < 0) return inbox;
          const out = [...inbox];
          if (fault === "drop") out.splice(i, 1);
          else [out[i], out[j]] = [out[j] as Message, out[i] as Message];
          return out;
        });
        if (outcomes.includes("resync")) {
          resyncs++;
          // The snapshot the client asked for arrives with the next flush and puts it right.
          h.flush();
          h.deliver(fake);
        }
        expect(fake.replica.view, `${fake.id} after a ${fault}`).toEqual(h.reference(fake));
      }
    });
    expect(mangled).toBeGreaterThan(20);
    expect(resyncs).toBeGreaterThan(10);
  });
});
