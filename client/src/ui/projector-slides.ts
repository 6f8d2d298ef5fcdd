// The projector's slides: between rounds, what the round did (crises, practice, decisions,
// norms moved, escalation, who attributed what and — once the truth is out — whether they were
// right); at the end, the collective result, the ranking and the lessons. Lists are capped so a
// slide always fits the screen; "and N more" says what is left out.
import { html, nothing, type TemplateResult } from "lit-html";
import { colon, formatNumber, formatPercent, t, tk } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { collectiveResult, lessonText } from "./debrief-crisis.ts";
import { seatName } from "./describe.ts";
import { icon } from "./icons.ts";

const CAP = 5;

function capped(items: TemplateResult[], testid: string) {
  const shown = items.slice(0, CAP);
  return html`<ul class="proj-list" data-testid=${testid}>${shown}${items.length > CAP ? html`<li class="hint">${t("projector.more", { count: items.length - CAP })}</li>` : nothing}</ul>`;
}

export function roundSummary(ctx: Ctx) {
  const v = ctx.view;
  const round = v.session.round;
  const report = v.crisis.reports.find((r) => r.round === round) ?? null;
  const norm = (id: string) => v.crisis.norms.find((n) => n.id === id)?.title ?? id;
  const injects = v.crisis.injects.filter((x) => x.round === round);
  const practice = v.crisis.practice.filter((p) => p.round === round);
  const decided = v.proposals.filter((p) => p.round === round && p.tally !== null);
  const statements = v.crisis.statements.filter((s) => s.round === round && s.status === "made");
  const esc = report?.escalation ?? { from: v.crisis.escalation, to: v.crisis.escalation };
  const delta = Math.round(esc.to) - Math.round(esc.from);
  const happened = [
    ...injects.map((x) => html`<li><strong>${x.title}</strong></li>`),
    ...decided.map((p) => html`<li>${p.id}${colon()}${p.title} — <strong class=${p.tally?.adopted ? "ok" : "bad"}>${t(p.tally?.adopted ? "proposals.status.adopted" : "proposals.status.rejected")}</strong></li>`),
    ...practice.map((p) => html`<li>${seatName(v, p.seat)}${colon()}${t(`response.${p.response}`)}${p.covert ? html` <span class="badge warn">${t(p.exposed ? "practice.exposed" : "practice.covert")}</span>` : nothing}</li>`),
  ];
  return html`<section class="proj-slide" aria-labelledby="summary-heading" data-testid="round-summary">
    <h2 id="summary-heading" class="proj-slide-title">${t("projector.summary", { round })}</h2>
    <div class="proj-slide-grid">
      <section class="proj-card" aria-labelledby="sum-happened"><h3 id="sum-happened">${t("projector.happened")}</h3>
        ${happened.length > 0 ? capped(happened, "summary-happened") : html`<p class="hint">${t("projector.quiet")}</p>`}</section>
      <section class="proj-card" aria-labelledby="sum-escalation" data-testid="escalation"><h3 id="sum-escalation">${t("escalation.heading")}</h3>
        <p class="proj-big">${formatNumber(Math.round(esc.to))} / 100</p>
        <p>${t("projector.escalationMoved", { from: Math.round(esc.from), to: Math.round(esc.to), delta: `${delta > 0 ? "+" : ""}${formatNumber(delta)}` })}</p>
        <meter min="0" max="100" low="40" high="70" optimum="0" value=${Math.round(esc.to)} aria-label=${t("escalation.heading")}></meter></section>
      <section class="proj-card" aria-labelledby="sum-norms"><h3 id="sum-norms">${t("projector.normsMoved")}</h3>
        ${report && report.norms.length > 0
          ? capped(report.norms.map((n) => html`<li>${norm(n.norm)}${colon()}${formatPercent(n.from)} → <strong>${formatPercent(n.to)}</strong> · ${tk(`norms.stage.${n.stage}`, n.stage)}</li>`), "norms")
          : html`<p class="hint" data-testid="norms">${t("norms.none")}</p>`}</section>
      <section class="proj-card" aria-labelledby="sum-attr"><h3 id="sum-attr">${t("projector.attributions")}</h3>
        ${statements.length > 0
          ? capped(statements.map((s) => html`<li>${t("attribution.line", { by: (s.signers.length > 0 ? s.signers : [s.initiator]).map((x) => seatName(v, x)).join(", "), accused: seatName(v, s.accused) })}
              (${t(`attribution.mode.${s.mode}`)}, ${t(`confidence.${s.confidence}`)}) —
              ${s.correct === null ? t("projector.notRevealed") : html`<strong class=${s.correct ? "ok" : "bad"}>${icon(s.correct ? "check" : "cross")} ${t(s.correct ? "attribution.right" : "attribution.wrong")}</strong>`}</li>`), "summary-attributions")
          : html`<p class="hint">${t("attribution.none")}</p>`}</section>
    </div>
  </section>`;
}

export function endSlide(ctx: Ctx) {
  const v = ctx.view;
  const c = v.crisis;
  const { scores, sentence } = collectiveResult(v);
  return html`<section class="proj-slide" aria-labelledby="end-heading" data-testid="debrief">
    <h2 id="end-heading" class="proj-slide-title">${t("debrief.heading")}</h2>
    <p class="proj-lead">${sentence}</p>
    <div class="proj-slide-grid">
      <section class="proj-card" aria-labelledby="end-lessons"><h3 id="end-lessons">${t("debrief.lessons")}</h3>
        ${c.lessons.length > 0 ? capped(c.lessons.map((l) => html`<li>${lessonText(v, l)}</li>`), "end-lessons") : html`<p class="hint">—</p>`}</section>
      <section class="proj-card" aria-labelledby="end-scores"><h3 id="end-scores">${t("debrief.scores")}</h3>
        ${scores.length > 0 ? html`<ol class="proj-list">${scores.slice(0, 8).map((s) => html`<li>${seatName(v, s.seat)}${colon()}${formatNumber(s.total)}</li>`)}</ol>` : html`<p class="hint">—</p>`}</section>
    </div>
  </section>`;
}
