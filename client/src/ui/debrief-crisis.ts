// The crisis half of the debrief: ground truths, attributions and whether they were right,
// pledges kept and broken, scores (collective result first), and the series over the rounds
// (norm strength, escalation, credibility) as charts with the same data in tables.
import { html, nothing } from "lit-html";
import type { View } from "../../../shared/protocol/view.ts";
import { colon, formatNumber, formatPercent, t, tk } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { icon } from "./icons.ts";
import { seatName } from "./describe.ts";

const roundLabel = (s: View["crisis"]["series"][number]) => (s.label === "start" ? t("debrief.start") : s.label === "end" ? t("debrief.end") : t("report.round", { round: s.round }));

/** The scores, best first, and the collective result in one sentence (the debrief leads with it). */
export function collectiveResult(v: View): { scores: NonNullable<View["crisis"]["scores"]>; sentence: string } {
  const c = v.crisis;
  const scores = c.scores ? [...c.scores].sort((a, b) => b.total - a.total) : [];
  const collective = scores.reduce((sum, s) => sum + s.collectivePoints, 0);
  const internalized = c.norms.filter((n) => n.stage === "internalized").length;
  return { scores, sentence: t("debrief.collective", { escalation: Math.round(c.escalation), adopted: c.norms.filter((n) => n.adopted).length, internalized, points: collective }) };
}

export function debriefCrisis(ctx: Ctx) {
  const v = ctx.view;
  const c = v.crisis;
  const { scores, sentence } = collectiveResult(v);
  return html`
    <p class="lead" data-testid="collective">${sentence}</p>
    ${c.lessons.length > 0
      ? html`<h3>${t("debrief.lessons")}</h3><ul class="lessons" data-testid="lessons">${c.lessons.map((l) => html`<li>${lessonText(v, l)}</li>`)}</ul>`
      : nothing}
    ${c.injects.some((x) => x.truth)
      ? html`<h3>${t("debrief.truths")}</h3><ul>${c.injects.filter((x) => x.truth).map((x) => html`<li><strong>${x.title}</strong>: ${seatName(v, x.truth?.perpetrator ?? null)} (${tk(`truth.${x.truth?.kind ?? ""}`, x.truth?.kind ?? "")}) — ${x.truth?.summary}</li>`)}</ul>`
      : nothing}
    ${c.statements.length > 0
      ? html`<h3>${t("debrief.attributions")}</h3><ul>${c.statements.map((s) => html`<li>${t("attribution.line", { by: (s.signers.length > 0 ? s.signers : [s.initiator]).map((x) => seatName(v, x)).join(", "), accused: seatName(v, s.accused) })}
          (${t(`attribution.mode.${s.mode}`)}, ${t(`confidence.${s.confidence}`)}) — ${s.correct === null ? t("debrief.unknown") : html`<strong class=${s.correct ? "ok" : "bad"}>${icon(s.correct ? "check" : "cross")} ${t(s.correct ? "attribution.right" : "attribution.wrong")}</strong>`}</li>`)}</ul>`
      : nothing}
    ${c.pledges.length > 0
      ? html`<h3>${t("debrief.pledges")}</h3><ul>${c.pledges.map((p) => {
          const o = Object.entries(p.outcomes);
          return html`<li>${seatName(v, p.by)}${colon()}${p.text} — ${o.length === 0 ? t(`pledge.status.${p.status}`) : o.map(([s, r]) => `${seatName(v, s)} ${t(r === "kept" ? "pledge.kept" : "pledge.broken")}`).join(", ")}</li>`;
        })}</ul>`
      : nothing}
    ${scores.length > 0
      ? html`<h3>${t("debrief.scores")}</h3>
          <table class="roll-call" data-testid="scores"><thead><tr><th scope="col">${t("admin.seat")}</th><th scope="col">${t("debrief.objectivePoints")}</th><th scope="col">${t("debrief.credibilityPoints")}</th><th scope="col">${t("debrief.collectivePoints")}</th><th scope="col">${t("debrief.total")}</th></tr></thead>
          <tbody>${scores.map((s) => html`<tr><th scope="row">${seatName(v, s.seat)}</th><td>${formatNumber(s.objectivePoints)}</td><td>${formatNumber(s.credibilityPoints)}</td><td>${formatNumber(s.collectivePoints)}</td><td><strong>${formatNumber(s.total)}</strong></td></tr>`)}</tbody></table>`
      : nothing}
    ${c.series.length > 0 ? seriesSection(v) : nothing}`;
}

function seriesSection(v: View) {
  const series = v.crisis.series;
  const norms = v.crisis.norms.filter((n) => series.some((s) => (s.norms[n.id]?.strength ?? 0) > 0));
  const seats = v.seats.filter((s) => series.some((x) => x.standings[s.id]));
  return html`<h3>${t("debrief.series")}</h3>
    <div class="charts">
      ${chartFigure("chart-norms", t("debrief.normsChart"))}
      ${chartFigure("chart-escalation", t("debrief.escalationChart"))}
      ${chartFigure("chart-credibility", t("debrief.credibilityChart"))}
    </div>
    <div class="table-scroll" tabindex="0" role="region" aria-label=${t("debrief.seriesTable")}>
      <table class="roll-call" data-testid="series-table"><caption>${t("debrief.seriesTable")}</caption>
        <thead><tr><th scope="col">${t("debrief.measure")}</th>${series.map((s) => html`<th scope="col">${roundLabel(s)}</th>`)}</tr></thead>
        <tbody>
          <tr><th scope="row">${t("escalation.heading")}</th>${series.map((s) => html`<td>${formatNumber(Math.round(s.escalation))}</td>`)}</tr>
          ${norms.map((n) => html`<tr><th scope="row">${n.title}</th>${series.map((s) => html`<td>${formatNumber(s.norms[n.id]?.strength ?? 0, { maximumFractionDigits: 2 })}</td>`)}</tr>`)}
          ${seats.map((seat) => html`<tr><th scope="row">${t("standings.credibility")}${colon()}${seat.name}</th>${series.map((s) => html`<td>${formatNumber(s.standings[seat.id]?.credibility ?? 0)}</td>`)}</tr>`)}
        </tbody>
      </table>
    </div>`;
}

const chartFigure = (id: string, label: string) => html`<figure class="chart"><canvas id=${id} role="img" aria-label=${label}></canvas><figcaption>${label}</figcaption></figure>`;

export async function drawSeriesCharts(v: View): Promise<void> {
  const canvases = ["chart-norms", "chart-escalation", "chart-credibility"].map((id) => document.getElementById(id));
  const [normsC, escC, credC] = canvases;
  if (!(normsC instanceof HTMLCanvasElement) || !(escC instanceof HTMLCanvasElement) || !(credC instanceof HTMLCanvasElement)) return;
  const sig = `${document.documentElement.lang}:${v.crisis.series.length}`;
  if (normsC.dataset.drawn === sig) return;
  for (const c of [normsC, escC, credC]) c.dataset.drawn = sig;
  const { lineChart } = await import("./debrief-charts.ts");
  const series = v.crisis.series;
  const labels = series.map(roundLabel);
  const norms = v.crisis.norms.filter((n) => series.some((s) => (s.norms[n.id]?.strength ?? 0) > 0));
  lineChart(normsC, labels, norms.map((n) => ({ label: n.title, data: series.map((s) => s.norms[n.id]?.strength ?? 0) })), 1);
  lineChart(escC, labels, [{ label: t("escalation.heading"), data: series.map((s) => s.escalation) }], 100);
  const seats = v.seats.filter((s) => series.some((x) => x.standings[s.id]));
  lineChart(credC, labels, seats.map((seat) => ({ label: seat.name, data: series.map((s) => s.standings[seat.id]?.credibility ?? null) })), 100);
}

type Lesson = View["crisis"]["lessons"][number];

/** The engine finds the lessons; the client words them in the reader's language. */
export function lessonText(v: View, l: Lesson): string {
  const norm = (id: string) => v.crisis.norms.find((n) => n.id === id)?.title ?? id;
  const inject = (id: string) => v.crisis.injects.find((x) => x.id === id)?.title ?? id;
  switch (l.kind) {
    case "norm-tipped":
      return t(l.joint ? "lesson.tippedJoint" : "lesson.tipped", { norm: norm(l.norm), stage: t(`norms.stage.${l.stage}`), round: l.round });
    case "norm-enforced":
      return t("lesson.enforced", { norm: norm(l.norm), round: l.round, violator: seatName(v, l.violator) });
    case "norm-eroded":
      return t("lesson.eroded", { norm: norm(l.norm), from: formatPercent(l.from), to: formatPercent(l.to), count: l.unanswered });
    case "wrong-attribution":
      return t("lesson.wrongAttribution", { inject: inject(l.inject), by: l.by.map((s) => seatName(v, s)).join(", "), accused: seatName(v, l.accused), truth: seatName(v, l.truth) });
    case "escalation":
      return t("lesson.escalation", { from: Math.round(l.from), to: Math.round(l.to), count: l.unanswered });
    case "pledges":
      return t("lesson.pledges", { kept: l.kept, broken: l.broken });
  }
}
