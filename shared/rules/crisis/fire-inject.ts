// Firing an inject: it joins the session's crisis, its public evidence goes to everyone and its
// private evidence to the seats the scenario names; discoverable items wait for investigators.
import { scenarioOf } from "./who.ts";
import type { Draft } from "immer";
import type { EvidenceSpec, InjectSpec } from "../../scenario/schema.ts";
import { CRISIS_RULES } from "../constants.ts";
import type { Emit } from "../engine.ts";
import type { GameState } from "../state.ts";
import type { FiredInject } from "./state.ts";
import { moveEscalation } from "./escalation.ts";

export type InjectDraft = Omit<InjectSpec, "echoes" | "truth"> & { readonly truth: InjectSpec["truth"] | null };

export function fireInject(
  draft: Draft<GameState>,
  inject: InjectDraft,
  source: FiredInject["source"],
  emit: Emit,
  keyOf: (e: EvidenceSpec) => string = (e) => e.id,
): void {
  const round = draft.round;
  draft.crisis.injects.push({
    id: inject.id,
    title: inject.title,
    narrative: inject.narrative,
    victims: [...inject.victims],
    norms: [...inject.norms],
    round,
    source,
    truth: inject.truth
      ? {
          perpetrator: inject.truth.perpetrator,
          kind: inject.truth.kind,
          summary: inject.truth.summary,
          revealRound: inject.truth.revealRound ?? null,
        }
      : null,
    revealed: false,
  });
  emit({ type: "inject.fired", inject: inject.id, title: inject.title, source });
  for (const spec of inject.evidence) {
    const key = keyOf(spec);
    draft.crisis.evidence[key] = { key, inject: inject.id, spec, public: false, publishedBy: null, holders: [], released: false };
    if ((spec.releaseRound ?? 0) <= round) release(draft, key, emit);
  }
  moveEscalation(draft, CRISIS_RULES.escalation.inject, emit);
}

/** I3: an item comes into existence — public to all, private to its named seats, or discoverable. */
function release(draft: Draft<GameState>, key: string, emit: Emit): void {
  const item = draft.crisis.evidence[key];
  if (!item || item.released) return;
  item.released = true;
  const visibility = item.spec.visibility;
  if (visibility.kind === "public") item.public = true;
  if (visibility.kind !== "private") return;
  for (const seat of visibility.to) {
    item.holders.push({ seat, via: "briefing", from: null, round: draft.round });
    emit({ type: "evidence.received", evidence: key, inject: item.inject, seat, via: "briefing", from: null }, { kind: "seats", seats: [seat] });
  }
}

/** Entering a briefing: capacity refills, and the round's scheduled injects fire (unless fired early). */
export function openRound(draft: Draft<GameState>, emit: Emit): void {
  for (const spec of [...scenarioOf(draft).delegations, ...scenarioOf(draft).observers]) {
    const standing = draft.standings[spec.id];
    if (standing) standing.capacity = spec.capacity;
  }
  for (const item of Object.values(draft.crisis.evidence)) {
    if (!item.released && (item.spec.releaseRound ?? 0) <= draft.round) release(draft, item.key, emit);
  }
  const plan = scenarioOf(draft).rounds[draft.round - 1];
  for (const id of plan?.injects ?? []) {
    if (draft.crisis.injects.some((x) => x.id === id)) continue;
    const spec = scenarioOf(draft).injects.find((x) => x.id === id);
    if (spec) fireInject(draft, spec, "scheduled", emit);
  }
}
