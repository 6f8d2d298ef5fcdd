// What a bot knows and returns. A bot sees only its own seat's view (the same one a person in
// that seat would see) plus its own scenario profile; it never reads the engine state.
import type { IntentAction } from "../protocol/actions.ts";
import type { View } from "../protocol/view.ts";
import type { RngState } from "../rules/rng.ts";
import type { ObjectiveGoal } from "../scenario/schema.ts";
import type { ArchetypePolicy } from "./archetypes.ts";

export type BotSelf = {
  readonly seat: string;
  readonly kind: "delegation" | "observer";
  /** 0 cautious … 1 bold (scenario `riskAppetite`). */
  readonly riskAppetite: number;
  readonly blocs: readonly string[];
  /** Seats sharing a bloc with this one. */
  readonly allies: readonly string[];
  readonly intelligence: number;
  readonly offense: number;
  /** Probability of keeping a pledge (scenario `botPledgeKeeping`). */
  readonly pledgeKeeping: number;
  readonly policy: ArchetypePolicy;
  /** The machine-checkable goals of this seat's own objectives (public and secret). */
  readonly goals: readonly ObjectiveGoal[];
};

/** One intended action, with a key the runner remembers so the bot never tries it twice. */
export type BotMove = { readonly key: string; readonly action: IntentAction };

export type BotInput = {
  readonly view: View;
  readonly self: BotSelf;
  readonly rng: RngState;
  /** Keys of moves already tried this session. */
  readonly done: ReadonlySet<string>;
};

export type BotOutput = { readonly moves: readonly BotMove[]; readonly rng: RngState };
