// Which panels each role sees, and in what order. The delegation desk puts the question
// being voted on first (it must work on a phone); the facilitator console leads with what
// needs attention; spectators see only public panels.
import { html, nothing } from "lit-html";
import { t } from "../i18n/index.ts";
import { attentionPanel } from "./attention-panel.ts";
import { canPanel } from "./can-panel.ts";
import { chairConsole } from "./chair-console.ts";
import type { Ctx } from "./context.ts";
import { debriefPanel } from "./debrief-panel.ts";
import { floorPanel } from "./floor-panel.ts";
import { journalPanel } from "./journal-panel.ts";
import { messagesPanel, publicMessages } from "./messages-panel.ts";
import { orderPanel } from "./order-panel.ts";
import { pollsPanel } from "./polls-panel.ts";
import { proposalForm } from "./proposal-form.ts";
import { proposalsPanel } from "./proposals-panel.ts";
import { seatAdmin } from "./seat-admin.ts";
import { seatsPanel } from "./seats-panel.ts";
import { explainForm, votePanel } from "./vote-panel.ts";

const chamber = () => html`<div id="chamber" class="chamber" role="img" aria-label=${t("chamber.loading")}></div>`;

export function deskLayout(ctx: Ctx) {
  const v = ctx.view;
  const lobby = v.session.stage === "lobby";
  const unseated = v.me.kind === "player" && v.me.seat === null;
  return html`<div class="layout">
    <div class="main-col">
      ${v.session.stage === "ended" ? debriefPanel(ctx) : nothing}
      ${votePanel(ctx)}
      ${lobby || unseated ? seatsPanel(ctx) : nothing}
      ${chamber()}
      ${lobby ? nothing : floorPanel(ctx)}
      ${proposalForm(ctx)}
      ${proposalsPanel(ctx)}
      ${explainForm(ctx)}
    </div>
    <div class="side-col">
      ${canPanel(v)}
      ${pollsPanel(ctx)}
      ${messagesPanel(ctx)}
      ${orderPanel(ctx)}
      ${lobby || unseated ? nothing : seatsPanel(ctx)}
      ${journalPanel(v)}
    </div>
  </div>`;
}

export function consoleLayout(ctx: Ctx) {
  const v = ctx.view;
  return html`<div class="layout">
    <div class="main-col">
      ${v.session.stage === "ended" ? debriefPanel(ctx) : nothing}
      ${attentionPanel(ctx)}
      ${chamber()}
      ${votePanel(ctx)}
      ${floorPanel(ctx)}
      ${proposalsPanel(ctx)}
      ${seatsPanel(ctx)}
      ${seatAdmin(ctx)}
    </div>
    <div class="side-col">
      ${chairConsole(ctx)}
      ${canPanel(v)}
      ${pollsPanel(ctx)}
      ${orderPanel(ctx)}
      ${messagesPanel(ctx)}
      ${journalPanel(v, 80)}
    </div>
  </div>`;
}

export function spectatorLayout(ctx: Ctx) {
  const v = ctx.view;
  return html`<div class="layout">
    <div class="main-col">
      ${v.session.stage === "ended" ? debriefPanel(ctx) : nothing}
      ${votePanel(ctx)}
      ${chamber()}
      ${floorPanel(ctx)}
      ${proposalsPanel(ctx)}
    </div>
    <div class="side-col">
      ${seatsPanel(ctx)}
      ${pollsPanel(ctx)}
      ${publicMessages(ctx)}
      ${journalPanel(v)}
    </div>
  </div>`;
}
