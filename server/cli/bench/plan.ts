// What the benchmark's coordinator tells its load-generating workers, and what they report.
import type { HistogramData } from "./stats.ts";

export type ClientPlan = {
  /** Unique across the run; the sender number in text markers. */
  readonly index: number;
  readonly role: "facilitator" | "player" | "spectator";
  readonly name: string;
  readonly seat: string | null;
  /** The first player of a seat heads it (votes). */
  readonly head: boolean;
  /** A seat token when the player already sits in a prepared session (--warm). */
  readonly token?: string;
};

export type SessionPlan = {
  readonly code: string;
  readonly key: string;
  readonly seats: readonly string[];
  readonly clients: readonly ClientPlan[];
  /** True when the session was prepared in the store (started, debate open, players seated). */
  readonly prepared: boolean;
};

export type Setup = {
  readonly type: "setup";
  readonly mode: "normcraft" | "floor";
  readonly url: string;
  readonly sessions: readonly SessionPlan[];
  readonly rate: number;
  readonly chairRate: number;
  readonly phaseMs: number | null;
  readonly seed: number;
};

export type Go = { readonly type: "go"; readonly warmupMs: number; readonly durationMs: number };

export type Joined = { readonly type: "joined"; readonly joins: HistogramData; readonly failures: readonly string[] };

export type Report = {
  readonly type: "report";
  readonly answer: HistogramData;
  readonly seen: HistogramData;
  readonly sent: number;
  readonly accepted: number;
  readonly rejected: Record<string, number>;
  /** Intents still unanswered at the end of the window. */
  readonly unanswered: number;
  readonly clients: number;
  /** Bytes and frames received by all clients during the window. */
  readonly bytes: number;
  readonly frames: number;
  readonly patchBytes: number;
  readonly patchFrames: number;
  readonly resyncs: number;
  /** Actions the sessions accepted during the window, bots' included (floor: messages answered). */
  readonly actions: number;
};

export type Failed = { readonly type: "failed"; readonly error: string };

export type ToWorker = Setup | Go;
export type FromWorker = Joined | Report | Failed;
