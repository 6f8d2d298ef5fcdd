// The engine's state: plain, serialisable data. Nothing here reads a clock or draws a random
// number; both arrive as inputs (ctx.now, the rng field).
import type { Scenario } from "../scenario/schema.ts";
import type { JournalEntry, Stage, Tally } from "../protocol/events.ts";
import type { VoteChoice } from "../protocol/actions.ts";
import type { RngState } from "./rng.ts";
import { seedRng } from "./rng.ts";
import type { ProposalSubject } from "../protocol/actions-negotiation.ts";
import type { Amendment, CbmState, Explanation, Floor, Mutes, PointOfOrder, Procedure, StrawPoll } from "./negotiation-state.ts";
import { initialNegotiationState } from "./negotiation-state.ts";
import type { CrisisState } from "./crisis/state.ts";
import { initialCrisis } from "./crisis/state.ts";
import { freeze } from "immer";

export type { GameEvent, JournalEntry, Stage, Tally } from "../protocol/events.ts";


export type Player = {
  readonly id: string;
  readonly name: string;
  /** A delegation or observer id, or null while the player has not claimed a seat. */
  readonly seat: string | null;
  readonly joinedAt: number;
  /** A bot playing a seat on autopilot, not a person. */
  readonly bot: boolean;
};

export type SeatState = {
  readonly id: string;
  readonly kind: "delegation" | "observer";
  /** The player who casts votes and signs statements; the first to claim the seat. */
  readonly head: string | null;
  /** Set while a bot plays the seat: the bot and the head to give the seat back to. */
  readonly autopilot: { readonly bot: string; readonly humanHead: string | null } | null;
  /** Closed by the facilitator: players cannot claim it. */
  readonly closed: boolean;
};

export type Ballot = { readonly seat: string; readonly choice: VoteChoice; readonly at: number };

export type Proposal = {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly sponsor: string;
  readonly tabledBy: string;
  readonly round: number;
  readonly status: "tabled" | "voting" | "adopted" | "rejected";
  readonly ballots: readonly Ballot[];
  readonly tally: Tally | null;
  /** What adoption does: adopt a catalogue norm, establish a CBM, or issue a statement. */
  readonly subject: ProposalSubject;
  /** False for an observer's text: delegations vote on it, but it binds no one. */
  readonly binding: boolean;
  /** The text as tabled (for a norm, possibly edited from the catalogue), before amendments. */
  readonly originalText: string;
  readonly cosponsors: readonly string[];
  readonly amendments: readonly Amendment[];
  readonly explanations: readonly Explanation[];
  /** Delegations that joined consensus while dissociating from the text. */
  readonly dissociated: readonly string[];
  /** Delegations counted as joining consensus because they kept silent until the deadline. */
  readonly silent: readonly string[];
};

/** A norm of the catalogue as the session has shaped it. */
export type NormState = {
  readonly id: string;
  readonly adopted: boolean;
  readonly adoptedRound: number | null;
  /** The text as adopted (a proposal may edit the catalogue text). */
  readonly text: string;
  /** Delegations that sponsored the adopting proposal. */
  readonly sponsors: readonly string[];
  /** Delegations bound by the norm: voted yes or later declared adherence. */
  readonly adherents: readonly string[];
  /** Delegations that joined consensus while dissociating from the text. */
  readonly dissociated: readonly string[];
  /** s in [0, 1]. */
  readonly strength: number;
  readonly stage: "none" | "emergence" | "cascade" | "internalized";
  /** Consecutive rounds the strength has stayed at or above the internalization threshold. */
  readonly roundsAboveInternalization: number;
};

/** A delegation's or observer's standing: its gauges, not its players. */
export type Standing = {
  readonly id: string;
  /** Action points left this round. */
  readonly capacity: number;
  /** 0–100. */
  readonly credibility: number;
};

export type GameState = {
  readonly scenario: Scenario;
  readonly rng: RngState;
  readonly stage: Stage;
  readonly round: number;
  /** When the current phase ends (ms since the epoch), or null when it has no deadline. */
  readonly deadline: number | null;
  readonly startedAt: number | null;
  readonly players: Readonly<Record<string, Player>>;
  readonly seats: Readonly<Record<string, SeatState>>;
  readonly standings: Readonly<Record<string, Standing>>;
  readonly norms: Readonly<Record<string, NormState>>;
  /** 0–100, global. */
  readonly escalation: number;
  readonly proposals: readonly Proposal[];
  /** The proposal now being voted on, if any. */
  readonly question: string | null;
  readonly journal: readonly JournalEntry[];
  readonly nextProposal: number;
  // Running the session and negotiating (negotiation-state.ts).
  /** Set while the chair has paused the session: deadlines shift by the paused time on resume. */
  readonly paused: { readonly since: number } | null;
  readonly procedure: Procedure;
  readonly floor: Floor;
  readonly muted: Mutes;
  readonly strawPolls: readonly StrawPoll[];
  readonly pointsOfOrder: readonly PointOfOrder[];
  readonly cbms: Readonly<Record<string, CbmState>>;
  /** Players the chair removed: they cannot join again. */
  readonly removed: readonly string[];
  /** Closed to newcomers by the facilitator. */
  readonly locked: boolean;
  /** The open question's silence-procedure deadline, if it is under silence. */
  readonly silence: { readonly question: string; readonly deadline: number } | null;
  /** Injects, evidence, attribution, pledges, state practice and the record of each round (crisis/state.ts). */
  readonly crisis: CrisisState;
};

export function createInitialState(scenario: Scenario, seed: number = scenario.seed): GameState {
  const seats: Record<string, SeatState> = {};
  const standings: Record<string, Standing> = {};
  for (const d of [...scenario.delegations, ...scenario.observers]) {
    standings[d.id] = { id: d.id, capacity: d.capacity, credibility: d.credibility };
  }
  const norms: Record<string, NormState> = {};
  for (const n of scenario.norms) {
    norms[n.id] = {
      id: n.id,
      adopted: false,
      adoptedRound: null,
      text: n.text,
      sponsors: [],
      adherents: [],
      dissociated: [],
      strength: 0,
      stage: "none",
      roundsAboveInternalization: 0,
    };
  }
  for (const d of scenario.delegations) seats[d.id] = { id: d.id, kind: "delegation", head: null, autopilot: null, closed: false };
  for (const o of scenario.observers) seats[o.id] = { id: o.id, kind: "observer", head: null, autopilot: null, closed: false };
  // Frozen all through, as every state the engine makes: a state is never changed in place (and
  // judging a permission runs a handler on the state itself, relying on that; see engine.ts).
  return freeze<GameState>({
    scenario,
    rng: seedRng(seed),
    stage: "lobby",
    round: 0,
    deadline: null,
    startedAt: null,
    players: {},
    seats,
    standings,
    norms,
    escalation: scenario.initialEscalation,
    proposals: [],
    question: null,
    journal: [],
    nextProposal: 1,
    locked: false,
    ...initialNegotiationState(scenario),
    crisis: initialCrisis(scenario),
  }, true);
}
