// What one audience may see: the whole view apart from the viewer's identity and rights. Each
// section is a pure function of the inputs it is given (never the whole state), so a Memo can
// keep a section whose inputs did not change. Secrecy lives here and in the section modules.
import type { JournalEntry } from "../protocol/events.ts";
import type { AudienceView, ProposalView, SeatView } from "../protocol/view.ts";
import { RULES } from "../rules/constants.ts";
import type { GameState, Player, Proposal, SeatState } from "../rules/state.ts";
import type { Scenario } from "../scenario/schema.ts";
import type { Audience } from "./audience.ts";
import { crisisView } from "./crisis.ts";
import { FRESH, type Memo } from "./memo.ts";
import { negotiationView, proposalNegotiation } from "./negotiation.ts";
import type { ViewOptions } from "./permissions.ts";
import type { JournalTails } from "./tails.ts";

/** Who is connected right now: transport facts the room passes in, not game state. */
export type Presence = { readonly players: ReadonlySet<string>; readonly facilitator: boolean };

export type AudienceBuild = {
  readonly memo?: Memo;
  /** Incremental readers of the journal's tail; without them the tail is read back from the end. */
  readonly tails?: JournalTails;
  readonly options?: ViewOptions;
};

export function audienceView(state: GameState, audience: Audience, presence: Presence, build: AudienceBuild = {}): AudienceView {
  const memo = build.memo ?? FRESH;
  const options = build.options ?? {};
  const seat = audience.kind === "seat" ? audience.seat : null;
  const chair = audience.kind === "facilitator";
  const ballotsVisible = state.procedure.votingMode === "roll-call" || chair;
  return {
    session: memo.section("session", sessionView, state.scenario, state.procedure.votingMode, state.stage, state.round, state.deadline, state.paused !== null, presence.facilitator, state.locked),
    seats: memo.section("seats", seatsView, state.scenario, state.seats, state.players, presence.players),
    unseated: memo.section("unseated", unseatedView, state.players, presence.players),
    proposals: memo.each("proposals", state.proposals, proposalView, ballotsVisible, seat),
    question: state.question,
    negotiation: negotiationView(state, audience, memo, build.tails, options),
    actors: memo.section("actors", actorsView, state.scenario),
    journal: build.tails ? build.tails.journal(state.journal) : latestReadable(state.journal, (e) => canRead(e, audience), RULES.viewJournalLength),
    crisis: crisisView(state, audience, memo, options),
  };
}

function sessionView(
  scenario: Scenario,
  votingMode: AudienceView["session"]["votingMode"],
  stage: GameState["stage"],
  round: number,
  deadline: number | null,
  paused: boolean,
  facilitatorConnected: boolean,
  locked: boolean,
): AudienceView["session"] {
  return {
    scenarioId: scenario.id,
    title: scenario.title,
    forum: scenario.forum.name,
    decisionRule: scenario.forum.decisionRule,
    votingMode,
    stage,
    round,
    rounds: scenario.rounds.length,
    deadline,
    paused,
    facilitatorConnected,
    locked,
  };
}

function seatsView(scenario: Scenario, seats: GameState["seats"], players: GameState["players"], connected: ReadonlySet<string>): SeatView[] {
  const specs = [
    ...scenario.delegations.map((d) => ({ spec: d, kind: "delegation" as const })),
    ...scenario.observers.map((o) => ({ spec: o, kind: "observer" as const })),
  ];
  const all = Object.values(players);
  return specs.map(({ spec, kind }) => {
    const state: SeatState | undefined = seats[spec.id];
    const head = state?.head ?? null;
    return {
      id: spec.id,
      kind,
      name: spec.name,
      archetype: spec.archetype,
      emblem: { colour: spec.emblem.colour, shape: spec.emblem.shape },
      head: head === null ? null : (players[head]?.name ?? null),
      players: all.filter((p) => p.seat === spec.id).map((p) => ({ id: p.id, name: p.name, connected: p.bot || connected.has(p.id), bot: p.bot })),
      autopilot: state?.autopilot != null,
      closed: state?.closed ?? false,
    };
  });
}

function unseatedView(players: GameState["players"], connected: ReadonlySet<string>): AudienceView["unseated"] {
  return Object.values(players)
    .filter((p: Player) => p.seat === null)
    .map((p) => ({ id: p.id, name: p.name, connected: connected.has(p.id) }));
}

/** A secret ballot shows who voted, and how only to the facilitator or the voter's own delegation. */
function proposalView(p: Proposal, ballotsVisible: boolean, seat: string | null): ProposalView {
  const sees = (s: string) => ballotsVisible || s === seat;
  return {
    id: p.id,
    title: p.title,
    text: p.text,
    sponsor: p.sponsor,
    round: p.round,
    status: p.status,
    ballots: p.ballots.map((b) => ({ seat: b.seat, choice: sees(b.seat) ? b.choice : null })),
    tally: p.tally,
    ...proposalNegotiation(p, sees),
  };
}

function actorsView(scenario: Scenario): AudienceView["actors"] {
  return scenario.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind }));
}

/** Whether an audience may read a journal entry. */
export function canRead(entry: JournalEntry, audience: Audience): boolean {
  switch (entry.audience.kind) {
    case "public":
      return true;
    case "facilitator":
      return audience.kind === "facilitator";
    case "seats":
      return audience.kind === "facilitator" || (audience.kind === "seat" && entry.audience.seats.includes(audience.seat));
  }
}

/** The last `limit` entries the viewer may read, oldest first, reading back from the end only as far as needed. */
function latestReadable(journal: readonly JournalEntry[], readable: (e: JournalEntry) => boolean, limit: number): JournalEntry[] {
  const out: JournalEntry[] = [];
  for (let i = journal.length - 1; i >= 0 && out.length < limit; i--) {
    const e = journal[i];
    if (e && readable(e)) out.push(e);
  }
  return out.reverse();
}
