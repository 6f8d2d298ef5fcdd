// The norm-strength board: each norm's strength as a number and a bar, its life-cycle stage
// in words and a symbol (never colour alone), adherents; and the escalation gauge.
import { html, nothing } from "lit-html";
import { formatNumber, formatPercent, t } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";

const STAGE_SYMBOL: Record<string, string> = { none: "·", emergence: "◔", cascade: "◑", internalized: "●" };

export function normsBoard(ctx: Ctx, opts: { all?: boolean; max?: number } = {}) {
  const v = ctx.view;
  const every = v.crisis.norms.filter((n) => opts.all || n.adopted);
  // The projector has room for a few: the strongest first, and how many more there are.
  const norms = opts.max === undefined ? every : [...every].sort((a, b) => b.strength - a.strength).slice(0, opts.max);
  const more = every.length - norms.length;
  return html`<section class="card norms" aria-labelledby="norms-heading" data-testid="norms">
    <h2 id="norms-heading">${t("norms.heading")}</h2>
    ${norms.length === 0 ? html`<p class="hint">${t("norms.none")}</p>` : html`<table class="norm-table">
      <caption class="visually-hidden">${t("norms.heading")}</caption>
      <thead><tr><th scope="col">${t("norms.norm")}</th><th scope="col">${t("norms.strength")}</th><th scope="col">${t("norms.stage")}</th><th scope="col">${t("norms.adherents")}</th></tr></thead>
      <tbody>
        ${norms.map(
          (n) => html`<tr data-norm=${n.id}>
            <th scope="row">${n.title}</th>
            <td><span class="meter" aria-hidden="true"><span class="fill stage-${n.stage}" style="width:${Math.round(n.strength * 100)}%"></span></span> ${formatPercent(n.strength)}</td>
            <td class="stage-${n.stage}"><span aria-hidden="true">${STAGE_SYMBOL[n.stage] ?? ""}</span> ${t(`norms.stage.${n.stage}`)}</td>
            <td>${formatNumber(n.adherents.length)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`}
    ${more > 0 ? html`<p class="hint">${t("norms.more", { count: more })}</p>` : nothing}
  </section>`;
}

export function escalationGauge(ctx: Ctx) {
  const e = Math.round(ctx.view.crisis.escalation);
  const band = e >= 70 ? "high" : e >= 40 ? "medium" : "low";
  return html`<section class="card gauge" aria-labelledby="escalation-heading" data-testid="escalation">
    <h2 id="escalation-heading">${t("escalation.heading")}</h2>
    <p class="gauge-value"><strong>${formatNumber(e)}</strong> / 100 — ${t(`escalation.${band}`)}</p>
    <meter min="0" max="100" low="40" high="70" optimum="0" value=${e} aria-label=${t("escalation.heading")}></meter>
  </section>`;
}

export function standingsPanel(ctx: Ctx) {
  const v = ctx.view;
  const rows = [...v.crisis.standings].sort((a, b) => b.credibility - a.credibility);
  if (rows.length === 0) return nothing;
  return html`<section class="card" aria-labelledby="standings-heading" data-testid="standings">
    <h2 id="standings-heading">${t("standings.heading")}</h2>
    <table class="standings">
      <thead><tr><th scope="col">${t("admin.seat")}</th><th scope="col">${t("standings.credibility")}</th><th scope="col">${t("standings.capacity")}</th></tr></thead>
      <tbody>${rows.map((s) => html`<tr><th scope="row">${v.seats.find((x) => x.id === s.seat)?.name ?? s.seat}</th><td>${formatNumber(s.credibility)}</td><td>${s.capacity === null ? "—" : formatNumber(s.capacity)}</td></tr>`)}</tbody>
    </table>
  </section>`;
}
