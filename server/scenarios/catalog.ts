// The built-in scenarios, read and validated once at start-up. A broken built-in stops the
// server with every problem listed, rather than failing later in front of a class.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatIssue, parseScenario } from "../../shared/scenario/parse.ts";
import type { Scenario } from "../../shared/scenario/schema.ts";

export type ScenarioSummary = {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly durationMinutes: number;
  readonly players: { readonly min: number; readonly max: number };
  readonly delegations: number;
  readonly observers: number;
  readonly rounds: number;
  readonly decisionRule: string;
  /** The seats, for choosing bots and closed seats when creating a session. */
  readonly seats: readonly { readonly id: string; readonly name: string; readonly kind: "delegation" | "observer"; readonly archetype: string }[];
};

export class ScenarioCatalog {
  readonly #byId: ReadonlyMap<string, Scenario>;

  constructor(scenarios: readonly Scenario[]) {
    this.#byId = new Map(scenarios.map((s) => [s.id, s]));
  }

  static fromDirectory(dir: string = import.meta.dirname): ScenarioCatalog {
    const files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
    const problems: string[] = [];
    const scenarios: Scenario[] = [];
    for (const file of files) {
      const result = parseScenario(readFileSync(join(dir, file), "utf8"));
      if (result.ok) scenarios.push(result.scenario);
      else problems.push(...result.issues.map((i) => `${file}: ${formatIssue(i)}`));
    }
    if (problems.length > 0) throw new Error(`Built-in scenarios are invalid:\n${problems.join("\n")}`);
    return new ScenarioCatalog(scenarios);
  }

  get(id: string): Scenario | undefined {
    return this.#byId.get(id);
  }

  list(): ScenarioSummary[] {
    return [...this.#byId.values()]
      .map((s) => ({
        id: s.id,
        title: s.title,
        summary: s.summary,
        durationMinutes: s.durationMinutes,
        players: s.players,
        delegations: s.delegations.length,
        observers: s.observers.length,
        rounds: s.rounds.length,
        decisionRule: s.forum.decisionRule,
        seats: [
          ...s.delegations.map((d) => ({ id: d.id, name: d.name, kind: "delegation" as const, archetype: d.archetype })),
          ...s.observers.map((o) => ({ id: o.id, name: o.name, kind: "observer" as const, archetype: o.archetype })),
        ],
      }))
      .sort((a, b) => a.durationMinutes - b.durationMinutes);
  }
}
