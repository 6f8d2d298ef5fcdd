// The parts of the game state that run the session and the negotiation: pause, procedure,
// the speakers list, mutes, messages, straw polls, points of order, amendments and the
// confidence-building measures the forum established. Plain data, like the rest of the state.
import type { StrawPollChoice } from "../protocol/actions-negotiation.ts";
import type { Ballot, Tally } from "./state.ts";
import type { Scenario, VotingMode } from "../scenario/schema.ts";
import { RULES } from "./constants.ts";

/** How the forum decides this session; the scenario's values unless the chair changed them in the lobby. */
export type Procedure = { readonly votingMode: VotingMode; readonly silenceProcedure: boolean };

export type FloorTurn = { readonly seat: string; readonly since: number; readonly deadline: number };

/** A place on the speakers list. `reply` is the journal seq answered by a right of reply (priority). */
export type FloorRequest = { readonly seat: string; readonly at: number; readonly reply: number | null };

export type Floor = {
  readonly queue: readonly FloorRequest[];
  readonly speaker: FloorTurn | null;
  readonly speakingSeconds: number;
  /** Automatic moderation: when a speaker's time is up the next on the list gets the floor. */
  readonly automatic: boolean;
  /** Open debate: every seat may post public statements, not only the one holding the floor. */
  readonly openDebate: boolean;
  /** Speaking time used per seat, in ms, for the debrief. */
  readonly used: Readonly<Record<string, number>>;
  /** Rights of reply already requested, as "seq:seat", so each statement is answered once. */
  readonly replies: readonly string[];
};

export type Mutes = { readonly seats: readonly string[]; readonly players: readonly string[] };

export type MessageChannel = "public" | "team" | "back-channel";

// Messages live only in the journal (event message.posted, with its audience): keeping a
// second copy in the state would double the cost of every message for nothing.

export type StrawPoll = {
  readonly id: string;
  readonly question: string;
  readonly round: number;
  readonly open: boolean;
  readonly answers: readonly { readonly seat: string; readonly choice: StrawPollChoice }[];
};

export type PointOfOrder = {
  readonly id: string;
  readonly seat: string;
  readonly by: string;
  readonly text: string;
  readonly at: number;
  readonly ruling: { readonly upheld: boolean; readonly text: string } | null;
};

export type AmendmentStatus = "pending" | "accepted" | "contested" | "withdrawn" | "voting" | "adopted" | "rejected";

/** An amendment carries the proposal's whole text as it would leave it. */
export type Amendment = {
  readonly id: string;
  readonly proposal: string;
  readonly seat: string;
  readonly by: string;
  readonly text: string;
  readonly status: AmendmentStatus;
  readonly ballots: readonly Ballot[];
  readonly tally: Tally | null;
};

export type Explanation = { readonly seat: string; readonly text: string; readonly at: number };

export type CbmState = {
  readonly id: string;
  readonly established: boolean;
  readonly round: number | null;
  readonly proposal: string | null;
  readonly sponsors: readonly string[];
  /** Delegations that voted for it (or joined consensus): they run it. */
  readonly participants: readonly string[];
};

/** The negotiation fields of a fresh session. */
export function initialNegotiationState(scenario: Scenario) {
  const cbms: Record<string, CbmState> = {};
  for (const c of scenario.cbms) cbms[c.id] = { id: c.id, established: false, round: null, proposal: null, sponsors: [], participants: [] };
  return {
    paused: null as { readonly since: number } | null,
    procedure: { votingMode: scenario.forum.votingMode, silenceProcedure: scenario.forum.silenceProcedure } as Procedure,
    floor: {
      queue: [],
      speaker: null,
      speakingSeconds: RULES.speakingSeconds,
      automatic: RULES.automaticModeration,
      openDebate: false,
      used: {},
      replies: [],
    } as Floor,
    muted: { seats: [], players: [] } as Mutes,
    strawPolls: [] as readonly StrawPoll[],
    pointsOfOrder: [] as readonly PointOfOrder[],
    cbms: cbms as Readonly<Record<string, CbmState>>,
    removed: [] as readonly string[],
    silence: null as { readonly question: string; readonly deadline: number } | null,
  };
}
