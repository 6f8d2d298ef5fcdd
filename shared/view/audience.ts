// Who sees the same thing. Everything in a view apart from the viewer's identity and rights
// (`me`, `can`) depends only on the viewer's audience: the facilitator; one delegation or
// observer seat (all its members); or the public (spectators, the projector, and players who
// hold no seat yet). The room builds, diffs and encodes one view per audience.
import type { GameState } from "../rules/state.ts";

export type Viewer = { readonly kind: "facilitator" } | { readonly kind: "player"; readonly playerId: string } | { readonly kind: "spectator" };

export type Audience = { readonly kind: "facilitator" } | { readonly kind: "public" } | { readonly kind: "seat"; readonly seat: string };

export function audienceOf(state: GameState, viewer: Viewer): Audience {
  if (viewer.kind === "facilitator") return { kind: "facilitator" };
  const seat = viewer.kind === "player" ? (state.players[viewer.playerId]?.seat ?? null) : null;
  return seat === null ? { kind: "public" } : { kind: "seat", seat };
}

/** A stable name for an audience, e.g. to keep one cache per audience. */
export const audienceKey = (a: Audience): string => (a.kind === "seat" ? `seat:${a.seat}` : a.kind);
