// `npm run bench -- --warm N`: sessions that have already lived N actions (a three-hour class
// plays about 10,000), written to the store before the server starts, exactly as if they had
// been played and the server restarted. Players are seated with seat tokens; the debate is open.
import type { Action, Actor } from "../../../shared/protocol/actions.ts";
import { apply } from "../../../shared/rules/engine.ts";
import { createInitialState, type GameState } from "../../../shared/rules/state.ts";
import type { Scenario } from "../../../shared/scenario/schema.ts";
import { hashSecret, newRoomCode, newSecret } from "../../sessions/secrets.ts";
import type { EventStore } from "../../store/event-store.ts";
import { nextAction, seeded, type Player, type Situation } from "./mix.ts";
import type { ClientPlan, SessionPlan } from "./plan.ts";

/** A long session's few dozen proposals; the rest is debate, the speakers list and chat. */
const MAX_PROPOSALS = 20;
const MAX_AMENDMENTS = 40;

export async function prepareSession(store: EventStore, scenario: Scenario, plan: Omit<SessionPlan, "code" | "key" | "prepared">, actions: number, seed: number, now: number): Promise<SessionPlan> {
  const code = newRoomCode();
  const key = newSecret();
  await store.createSession({ code, scenario, seed, facilitatorKeyHash: hashSecret(key), passcodeHash: null, createdAt: now, endedAt: null });
  let state: GameState = createInitialState(scenario, seed);
  let seq = 0;
  let at = now;
  const run = async (actor: Actor, action: Action): Promise<boolean> => {
    const result = apply(state, action, { actor, now: at });
    if (!result.ok) return false;
    state = result.state;
    await store.append(code, { seq: ++seq, action, actor, at });
    at += 1;
    return true;
  };
  const clients: ClientPlan[] = [];
  for (const c of plan.clients) {
    if (c.role !== "player" || !c.seat) {
      clients.push(c);
      continue;
    }
    const playerId = `bench-${c.index}`;
    const token = newSecret();
    await run({ kind: "system" }, { type: "player.join", playerId, name: c.name });
    await run({ kind: "player", playerId }, { type: "seat.claim", seat: c.seat });
    await store.savePlayerToken(code, hashSecret(token), playerId);
    clients.push({ ...c, token });
  }
  const chair: Actor = { kind: "facilitator" };
  for (const action of [{ type: "session.start" }, { type: "phase.advance" }, { type: "phase.advance" }, { type: "floor.configure", openDebate: true }] as const) {
    if (!(await run(chair, action))) throw new Error(`could not prepare ${code}: ${action.type} refused`);
  }
  const players: { actor: Actor; me: Player }[] = clients
    .filter((c) => c.role === "player" && c.seat)
    .map((c) => ({ actor: { kind: "player", playerId: `bench-${c.index}` }, me: { index: c.index, seat: c.seat ?? "", head: c.head, onList: false, chosenRound: -1 } }));
  const draw = seeded(seed);
  let proposals = 0;
  let amendments = 0;
  let counts = 0;
  for (let tries = 0; seq < actions && players.length > 0 && tries < actions * 4; tries++) {
    const p = players[Math.floor(draw() * players.length)];
    if (!p) continue;
    const action = nextAction(situationOf(state, plan.seats), p.me, draw, `(${++counts})`, state.round);
    if (action.type === "proposal.table" && proposals >= MAX_PROPOSALS) continue;
    if (action.type === "amendment.propose" && amendments >= MAX_AMENDMENTS) continue;
    if (await run(p.actor, action)) {
      if (action.type === "proposal.table") proposals++;
      if (action.type === "amendment.propose") amendments++;
    }
  }
  return { ...plan, code, key, clients, prepared: true };
}

function situationOf(state: GameState, seats: readonly string[]): Situation {
  return { stage: state.stage, tabled: state.proposals.filter((p) => p.status === "tabled").map((p) => p.id), question: state.question, voted: new Set(), seats };
}
