// Which panels each role sees, and in what order. The delegation desk puts the question
// being voted on first (it must work on a phone); the facilitator console leads with what
// needs attention; spectators see only public panels.
import { html, nothing } from "lit-html";
import { t } from "../i18n/index.ts";
import { chamberDescription, chamberLabel } from "./chamber-text.ts";
import { attentionPanel } from "./attention-panel.ts";
import { attributionPanel } from "./attribution-panel.ts";
import { briefingPanel } from "./crisis-briefing.ts";
import { evidencePanel } from "./evidence-panel.ts";
import { escalationGauge, normsBoard, standingsPanel } from "./norms-board.ts";
import { objectivesPanel, reportsPanel } from "./objectives-panel.ts";
import { pledgesPanel } from "./pledges-panel.ts";
import { practicePanel } from "./practice-panel.ts";
import { canPanel } from "./can-panel.ts";
import { chairConsole } from "./chair-console.ts";
import { classroomCard } from "./classroom-card.ts";
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
import { sectionNav } from "./section-nav.ts";
import { explainForm, votePanel } from "./vote-panel.ts";

/** The chamber's canvas, labelled, followed by everything it draws in words. */
export const chamber = (ctx: Ctx, opts: { hidden?: boolean; className?: string } = {}) =>
  html`<div id="chamber" class="chamber ${opts.className ?? ""}" role="img" aria-label=${chamberLabel(ctx.chamber)} aria-describedby="chamber-words"></div>${chamberDescription(ctx.chamber, opts)}`;

/** Norms a proposal may adopt: the catalogue's norms not yet adopted. */
const normChoices = (ctx: Ctx) => ctx.view.crisis.norms.filter((n) => !n.adopted).map((n) => ({ id: n.id, title: n.title }));

export function deskLayout(ctx: Ctx) {
  const v = ctx.view;
  const lobby = v.session.stage === "lobby";
  const unseated = v.me.kind === "player" && v.me.seat === null;
  // In the lobby a delegate needs the seats, its objectives and the chamber; the rest comes with play.
  const c = v.crisis;
  return html`${sectionNav([
      ["question-heading", "vote.question", v.question !== null],
      ["practice-heading", "practice.heading", v.session.stage === "state-practice"],
      ["briefing-heading", "crisis.heading", !lobby && c.injects.length > 0],
      ["floor-heading", "floor.heading", !lobby],
      ["evidence-heading", "evidence.heading", !lobby && c.evidence.length > 0],
      ["proposals-heading", "proposals.heading", !lobby],
      ["messages-heading", "messages.heading", true],
      ["journal-heading", "journal.heading", true],
    ])}
    <div class="layout">
    <div class="main-col">
      ${v.session.stage === "ended" ? debriefPanel(ctx) : nothing}
      ${votePanel(ctx)}
      ${practicePanel(ctx)}
      ${lobby || unseated ? seatsPanel(ctx) : nothing}
      ${chamber(ctx)}
      ${lobby
        ? nothing
        : html`${briefingPanel(ctx)}${floorPanel(ctx)}${evidencePanel(ctx)}${attributionPanel(ctx)}${proposalForm(ctx, normChoices(ctx))}
            ${proposalsPanel(ctx)}${pledgesPanel(ctx)}${explainForm(ctx)}${reportsPanel(ctx)}`}
    </div>
    <div class="side-col">
      ${canPanel(v)}
      ${objectivesPanel(ctx)}
      ${lobby ? nothing : html`${escalationGauge(ctx)}${normsBoard(ctx)}${standingsPanel(ctx)}${pollsPanel(ctx)}`}
      ${messagesPanel(ctx)}
      ${lobby ? nothing : orderPanel(ctx)}
      ${lobby || unseated ? nothing : seatsPanel(ctx)}
      ${journalPanel(v)}
    </div>
  </div>`;
}

export function consoleLayout(ctx: Ctx) {
  const v = ctx.view;
  const lobby = v.session.stage === "lobby";
  // In the lobby the chair seats people and sets the procedure; the game's panels come with play.
  return html`<div class="layout">
    <div class="main-col">
      ${v.session.stage === "ended" ? debriefPanel(ctx) : nothing}
      ${attentionPanel(ctx)}
      ${chamber(ctx)}
      ${lobby
        ? html`${seatsPanel(ctx)}${seatAdmin(ctx)}`
        : html`${votePanel(ctx)}${briefingPanel(ctx)}${floorPanel(ctx)}${proposalsPanel(ctx)}${attributionPanel(ctx)}${pledgesPanel(ctx)}
            ${practicePanel(ctx)}${evidencePanel(ctx)}${seatsPanel(ctx)}${seatAdmin(ctx)}${reportsPanel(ctx)}`}
    </div>
    <div class="side-col">
      ${chairConsole(ctx)}
      ${classroomCard(ctx)}
      ${lobby ? nothing : html`${escalationGauge(ctx)}${normsBoard(ctx)}${standingsPanel(ctx)}`}
      ${objectivesPanel(ctx)}
      ${canPanel(v)}
      ${lobby ? nothing : html`${pollsPanel(ctx)}${orderPanel(ctx)}${messagesPanel(ctx)}`}
      ${journalPanel(v, 80)}
    </div>
  </div>`;
}

export function spectatorLayout(ctx: Ctx) {
  const v = ctx.view;
  const lobby = v.session.stage === "lobby";
  return html`<div class="layout">
    <div class="main-col">
      ${v.session.stage === "ended" ? debriefPanel(ctx) : nothing}
      ${votePanel(ctx)}
      ${chamber(ctx)}
      ${lobby ? seatsPanel(ctx) : html`${briefingPanel(ctx)}${floorPanel(ctx)}${proposalsPanel(ctx)}${attributionPanel(ctx)}${pledgesPanel(ctx)}${reportsPanel(ctx)}`}
    </div>
    <div class="side-col">
      ${lobby ? nothing : html`${escalationGauge(ctx)}${normsBoard(ctx)}${standingsPanel(ctx)}${seatsPanel(ctx)}${pollsPanel(ctx)}`}
      ${publicMessages(ctx)}
      ${journalPanel(v)}
    </div>
  </div>`;
}
