// A seat's bot profile, read from the scenario: what the bot may know about itself.
import type { Scenario } from "../scenario/schema.ts";
import { policyFor } from "./archetypes.ts";
import { seedRng, type RngState } from "../rules/rng.ts";
import type { BotSelf } from "./types.ts";

/** Each bot's own generator, from the session's seed and the seat's place, the same in a room and in the simulator. */
export function botRng(seed: number, seatIndex: number): RngState {
  return seedRng((seed * 7919 + seatIndex * 104_729) | 0);
}

export function botSelf(scenario: Scenario, seat: string): BotSelf {
  const delegation = scenario.delegations.find((d) => d.id === seat);
  const spec = delegation ?? scenario.observers.find((o) => o.id === seat);
  if (!spec) throw new Error(`No seat "${seat}" in scenario ${scenario.id}.`);
  const all = [...scenario.delegations, ...scenario.observers];
  const allies = all.filter((s) => s.id !== seat && s.blocs.some((b) => spec.blocs.includes(b))).map((s) => s.id);
  return {
    seat,
    kind: delegation ? "delegation" : "observer",
    riskAppetite: spec.riskAppetite,
    blocs: spec.blocs,
    allies,
    intelligence: spec.capabilities.intelligence,
    offense: spec.capabilities.offense,
    pledgeKeeping: scenario.botPledgeKeeping,
    policy: policyFor(spec.archetype),
    goals: spec.objectives.map((o) => o.goal),
  };
}
