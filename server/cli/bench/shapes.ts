// The load shapes `npm run bench` knows. A shape says how many sessions of which scenario, and
// who is in each: players per seat (all of whom act), spectators, the projector, the facilitator.
export type Shape = {
  readonly name: string;
  readonly description: string;
  readonly scenario: string;
  readonly sessions: number;
  /** Seats taken by players (the first `seats` of the scenario); null = all. */
  readonly seats: number | null;
  readonly playersPerSeat: number;
  readonly spectators: number;
  readonly projector: boolean;
  /** Bots play every seat (at full speed); then no players join. */
  readonly bots: boolean;
  /** Intents per second per acting player (open loop, Poisson arrivals). */
  readonly rate: number;
  /** The facilitator's chair broadcasts per second (a latency probe when bots play). */
  readonly chairRate: number;
  /** The facilitator moves to the next phase this often (ms); null = never. */
  readonly phaseMs: number | null;
  readonly warmupMs: number;
  readonly durationMs: number;
  readonly workers: number;
};

const base = { projector: true, bots: false, rate: 1, chairRate: 0.05, phaseMs: 12_000, warmupMs: 3_000, durationMs: 20_000, workers: 1 } as const;

export const SHAPES: Readonly<Record<string, Shape>> = {
  classes: { ...base, name: "classes", description: "100 seminar sessions × 20 clients (5 delegations × 3 players, an observer, facilitator, projector, 2 spectators)", scenario: "seminar", sessions: 100, seats: null, playersPerSeat: 3, spectators: 2, workers: 2 },
  forum: { ...base, name: "forum", description: "one full-forum session: 15 delegations × 3 players, an observer, facilitator, projector, 10 spectators", scenario: "full-forum", sessions: 1, seats: 16, playersPerSeat: 3, spectators: 10 },
  plenary: { ...base, name: "plenary", description: "one plenary: 15 delegations and 4 observers × 1 player, facilitator, projector, 229 spectators", scenario: "full-forum", sessions: 1, seats: null, playersPerSeat: 1, spectators: 229 },
  bots: { ...base, name: "bots", description: "50 seminar sessions, bots in every seat at full speed, facilitator and projector watching", scenario: "seminar", sessions: 50, seats: null, playersPerSeat: 0, spectators: 0, bots: true, chairRate: 0.5, phaseMs: 1_500 },
  small: { ...base, name: "small", description: "two quickstart sessions × 6 clients (a smoke test)", scenario: "quickstart", sessions: 2, seats: null, playersPerSeat: 1, spectators: 1, warmupMs: 500, durationMs: 2_000, phaseMs: null },
};
