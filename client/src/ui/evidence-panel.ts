// Evidence the viewer's delegation holds or that is public: kind, grade (re-grades shown),
// where it points, how it came; investigate an inject, share or publish an item, and — for an
// observer — publish a technical report.
import { html, nothing } from "lit-html";
import { LIMITS } from "../../../shared/protocol/limits.ts";
import { t, tk } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { limitedField } from "./text-limit.ts";
import { actButton, relevant, submitForm } from "./controls.ts";
import { seatName } from "./describe.ts";

export function evidencePanel(ctx: Ctx) {
  const v = ctx.view;
  const c = v.can;
  const evidence = v.crisis.evidence;
  const current = v.crisis.injects.filter((x) => x.round === v.session.round || !x.revealed);
  if (evidence.length === 0 && !relevant(c.investigate)) return nothing;
  const others = v.seats.filter((s) => s.id !== ctx.mySeat);
  return html`<section class="card" aria-labelledby="evidence-heading" data-testid="evidence">
    <h2 id="evidence-heading">${t("evidence.heading")}</h2>
    ${relevant(c.investigate)
      ? html`<div class="row">${current.map((x) =>
          actButton(t("evidence.investigate", { inject: x.title }), c.investigate, () => ctx.act({ type: "evidence.investigate", inject: x.id }), { testid: `investigate-${x.id}` }),
        )}</div>`
      : nothing}
    ${evidence.length === 0 ? html`<p class="hint">${t("evidence.none")}</p>` : nothing}
    <ul class="evidence">
      ${evidence.map(
        (e) => html`<li data-evidence=${e.key}>
          <p><strong>${e.title}</strong> <span class="badge">${t("evidence.grade", { grade: e.grade })}</span>
            <span class="badge">${tk(`evidence.kind.${e.kind}`, e.kind)}</span>
            ${e.public ? html`<span class="badge">${t("evidence.public")}</span>` : html`<span class="badge warn">${t("evidence.private")}</span>`}
            ${e.misleading ? html`<span class="badge bad">${t("evidence.misleading")}</span>` : nothing}</p>
          <p>${e.text}</p>
          <p class="hint">${e.pointsTo ? t("evidence.pointsTo", { actor: seatName(v, e.pointsTo) }) : nothing}
            ${e.regradeNote ? html` · ${t("evidence.regraded", { note: e.regradeNote })}` : nothing}
            ${e.via.length > 0 ? html` · ${e.via.map((x) => t(`evidence.via.${x.via}`, { from: seatName(v, x.from) })).join("; ")}` : nothing}
            ${e.publishedBy ? html` · ${t("evidence.publishedBy", { seat: seatName(v, e.publishedBy) })}` : nothing}
            ${e.holders ? html` · ${t("evidence.holders", { seats: e.holders.map((s) => seatName(v, s)).join(", ") })}` : nothing}</p>
          ${!e.public && e.via.length > 0
            ? html`<div class="row">
                ${c.shareEvidence.ok
                  ? html`<form class="inline-form" @submit=${submitForm((get) => ctx.act({ type: "evidence.share", evidence: e.key, with: [get("with")] }))}>
                      <label>${t("evidence.shareWith")} <select name="with">${others.map((s) => html`<option value=${s.id}>${s.name}</option>`)}</select></label>
                      <button type="submit">${t("evidence.share")}</button>
                    </form>`
                  : nothing}
                ${c.publishEvidence.ok ? html`<button type="button" @click=${() => ctx.act({ type: "evidence.publish", evidence: e.key })}>${t("evidence.publish")}</button>` : nothing}
              </div>`
            : nothing}
        </li>`,
      )}
    </ul>
    ${c.publishReport.ok && current[0]
      ? html`<form data-testid="report-form" @submit=${submitForm((get) => ctx.act({ type: "report.publish", inject: get("inject"), evidence: [], text: get("text") }))}>
          <h3>${t("evidence.report")}</h3>
          <label>${t("evidence.reportOn")} <select name="inject">${current.map((x) => html`<option value=${x.id}>${x.title}</option>`)}</select></label>
          ${limitedField({ label: t("evidence.reportText"), name: "text", rows: 3, limit: LIMITS.messageText, required: true, testid: "report-text" })}
          <button type="submit">${t("evidence.reportSubmit")}</button>
        </form>`
      : nothing}
  </section>`;
}
