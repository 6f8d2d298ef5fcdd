// What every panel receives: the latest view, a way to send an intent, the server's clock,
// and small per-page UI state (drafts, selections) that is never game state.
import type { IntentAction } from "../../../shared/protocol/actions.ts";
import type { View } from "../../../shared/protocol/view.ts";
import type { SessionSummary } from "../net/api.ts";
import type { ChamberModel } from "../scenes/chamber-model.ts";
import type { ConnectionStatus } from "../net/connection.ts";

export type Act = (action: IntentAction) => Promise<boolean>;

export type UiState = {
  /** The seat this delegation is talking to in the back channel. */
  backChannelTo: string;
  /** Which message channel the composer writes to. */
  channel: "public" | "team" | "back-channel";
  /** The proposal whose amendment form is open. */
  amending: string | null;
};

export type Ctx = {
  view: View;
  act: Act;
  /** Server time now, in ms (local clock corrected by the connection's offset). */
  now: number;
  mySeat: string | null;
  /** The session's room code. */
  code: string;
  ui: UiState;
  /** Redraw after a UI-only change. */
  redraw: () => void;
  /** The state of the connection to the server. */
  link: Link;
  /** What the server said about the session when the page opened (the join address), if it answered. */
  room: SessionSummary | null;
  /** What the chamber draws now (the canvas and its description in words share it). */
  chamber: ChamberModel;
};

export type Link = {
  status: ConnectionStatus;
  /** Local time the connection was lost, null while connected. */
  lostAt: number | null;
  attempts: number;
  /** Actions waiting to be sent. */
  queued: number;
  closedReason: { code: string | null; message: string } | null;
};

export function mySeatOf(view: View): string | null {
  return view.me.kind === "player" ? view.me.seat : null;
}
