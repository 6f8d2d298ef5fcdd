// The delegation's objectives (public and secret) with progress, and the round reports.
import { html, nothing } from "lit-html";
import { formatNumber, t, tk } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { icon } from "./icons.ts";
import { seatName } from "./describe.ts";

export function objectivesPanel(ctx: Ctx) {
  const v = ctx.view;
  const mine = v.crisis.objectives.filter((o) => v.me.kind !== "player" || o.seat === ctx.mySeat);
  if (mine.length === 0) return nothing;
  return html`<section class="card" aria-labelledby="objectives-heading" data-testid="objectives">
    <h2 id="objectives-heading">${t("objectives.heading")}</h2>
    <ul class="objectives">
      ${mine.map((o) => html`<li>${v.me.kind === "player" ? nothing : html`<strong>${seatName(v, o.seat)}</strong>: `}${o.text}
        <small>(${t("objectives.points", { points: o.points })}${o.secret ? ` · ${t("objectives.secret")}` : ""})</small>
        ${o.met === null ? nothing : html`<span class="badge ${o.met ? "ok" : "bad"}">${icon(o.met ? "check" : "cross")} ${t(o.met ? "objectives.met" : "objectives.notMet")}</span>`}</li>`)}
    </ul>
  </section>`;
}

export function reportsPanel(ctx: Ctx) {
  const v = ctx.view;
  const reports = [...v.crisis.reports].reverse();
  if (reports.length === 0) return nothing;
  const norm = (id: string) => v.crisis.norms.find((n) => n.id === id)?.title ?? id;
  return html`<section class="card" aria-labelledby="reports-heading" data-testid="reports">
    <h2 id="reports-heading">${t("report.heading")}</h2>
    ${reports.map(
      (r, i) => html`<details ?open=${i === 0}><summary>${t("report.round", { round: r.round })}</summary>
        <ul>
          <li>${t("report.escalation", { from: Math.round(r.escalation.from), to: Math.round(r.escalation.to) })}</li>
          ${r.norms.map((n) => html`<li>${t("report.norm", { norm: norm(n.norm), from: formatNumber(n.from, { maximumFractionDigits: 2 }), to: formatNumber(n.to, { maximumFractionDigits: 2 }), stage: tk(`norms.stage.${n.stage}`, n.stage) })}</li>`)}
          ${r.violations.map((x) => html`<li>${t("report.violation", { norm: norm(x.norm), violator: x.violator ? seatName(v, x.violator) : "?", outcome: t(`report.outcome.${x.outcome}`) })}</li>`)}
          ${r.credibility.map((c) => html`<li>${t("report.credibility", { seat: seatName(v, c.seat), delta: `${c.delta > 0 ? "+" : ""}${formatNumber(c.delta)}`, reason: c.reason })}</li>`)}
          ${r.pledges.map((p) => html`<li>${t("report.pledge", { pledge: p.pledge, kept: p.kept.map((s) => seatName(v, s)).join(", ") || "—", broken: p.broken.map((s) => seatName(v, s)).join(", ") || "—" })}</li>`)}
          ${r.exposed.length > 0 ? html`<li>${t("report.exposed", { seats: r.exposed.map((s) => seatName(v, s)).join(", ") })}</li>` : nothing}
        </ul>
      </details>`,
    )}
  </section>`;
}
