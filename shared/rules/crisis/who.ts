// Small look-ups the crisis handlers share: the acting seat, names for messages, and which ids
// may be named as targets or accused.
import type { Draft } from "immer";
import { baseOf } from "../base.ts";
import type { Actor } from "../../protocol/actions.ts";
import type { GameState } from "../state.ts";

type S = GameState | Draft<GameState>;

/** The seat the acting player holds, or null (facilitator, system, unseated). */
export function actingSeat(state: S, actor: Actor): string | null {
  if (actor.kind !== "player") return null;
  return state.players[actor.playerId]?.seat ?? null;
}

export function isDelegation(state: S, id: string): boolean {
  return scenarioOf(state).delegations.some((d) => d.id === id);
}

export function isSeat(state: S, id: string): boolean {
  return id in state.seats;
}

/** A delegation, an observer or a scenario actor: anyone who can be accused or targeted. */
export function isKnownActor(state: S, id: string): boolean {
  return isSeat(state, id) || scenarioOf(state).actors.some((a) => a.id === id);
}

export function nameOf(state: S, id: string): string {
  const s = scenarioOf(state);
  return [...s.delegations, ...s.observers, ...s.actors].find((x) => x.id === id)?.name ?? id;
}

export function intelligenceOf(state: S, seat: string): number {
  const s = scenarioOf(state);
  return [...s.delegations, ...s.observers].find((x) => x.id === seat)?.capabilities.intelligence ?? 0;
}

export function delegationIds(state: S): string[] {
  return scenarioOf(state).delegations.map((d) => d.id);
}

/** Spends capacity; the caller has already checked there is enough. */
export function spend(draft: Draft<GameState>, seat: string, amount: number): void {
  const standing = draft.standings[seat];
  if (standing) standing.capacity -= amount;
}

export function capacityOf(state: S, seat: string): number {
  return state.standings[seat]?.capacity ?? 0;
}

/** The scenario, read from the base state when given a draft: it never changes, and reading it
 * through Immer's proxies would draft the whole catalogue on every action. */
export function scenarioOf(state: S): GameState["scenario"] {
  return baseOf(state as GameState).scenario;
}
