// Short floor statements built from templates, so a bot delegation says something sensible
// in the forum's own register.
import type { View } from "../protocol/view.ts";

const OPENINGS = [
  "Thank you, Chair.",
  "Chair, distinguished delegates.",
  "My delegation thanks the Chair.",
];

const POINTS: Readonly<Record<string, readonly string[]>> = {
  crisis: [
    "The incident affecting {victim} is a matter of concern to all of us.",
    "Attacks on critical infrastructure cannot become normal practice.",
    "We call for restraint and for attribution based on evidence.",
  ],
  norm: [
    "We support the adoption of the norm on {norm}.",
    "Norms are strengthened by practice, not only by texts.",
  ],
  calm: [
    "We favour confidence-building measures and practical cooperation.",
    "My delegation stands ready to work with all delegations.",
  ],
};

export function statementFor(view: View, pick: (n: number) => number): string {
  const inject = view.crisis.injects.filter((i) => i.round === view.session.round).at(-1);
  const openNorm = view.proposals.find((p) => p.status === "tabled" && p.norm !== null);
  const victim = inject ? (view.seats.find((s) => s.id === inject.victims[0])?.name ?? inject.victims[0] ?? "") : "";
  const normTitle = openNorm ? openNorm.title : "";
  const topic = inject ? "crisis" : openNorm ? "norm" : "calm";
  const lines = POINTS[topic] ?? POINTS.calm ?? [];
  const opening = OPENINGS[pick(OPENINGS.length)] ?? "";
  const point = (lines[pick(lines.length)] ?? "").replace("{victim}", victim).replace("{norm}", normTitle);
  return `${opening} ${point}`.trim();
}
