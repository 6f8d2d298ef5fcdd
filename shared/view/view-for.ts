// What each viewer may see and do. Secrecy lives in shared/view and nowhere else: the room sends
// each client exactly viewFor(state, its viewer), never the engine state. A view is the
// viewer's audience's part (audience-view.ts) plus their own identity and rights (personal.ts);
// the room computes the first once per audience, this function both at once.
import type { View } from "../protocol/view.ts";
import type { GameState } from "../rules/state.ts";
import { audienceOf, type Viewer } from "./audience.ts";
import { audienceView, type Presence } from "./audience-view.ts";
import { personalView } from "./personal.ts";
import type { ViewOptions } from "./permissions.ts";

export type { Viewer } from "./audience.ts";
export type { Presence } from "./audience-view.ts";

export function viewFor(state: GameState, viewer: Viewer, presence: Presence, now: number, options: ViewOptions = {}): View {
  return { ...audienceView(state, audienceOf(state, viewer), presence, { options }), ...personalView(state, viewer, now, options) };
}
