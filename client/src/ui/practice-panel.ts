// State practice: the delegation's secret choice of response to the round's crisis, who has
// chosen (not what), and the practice revealed at resolution.
import { html, nothing } from "lit-html";
import { t } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { reasonOf, relevant, submitForm } from "./controls.ts";
import { seatName } from "./describe.ts";
import { RESPONSE_KINDS } from "./forum-options.ts";
import { accusable } from "./attribution-panel.ts";

export function practicePanel(ctx: Ctx) {
  const v = ctx.view;
  const cr = v.crisis;
  const p = v.can.choosePractice;
  const inStage = v.session.stage === "state-practice";
  if (!inStage && cr.practice.length === 0) return nothing;
  return html`<section class="card" aria-labelledby="practice-heading" data-testid="practice">
    <h2 id="practice-heading">${t("practice.heading")}</h2>
    ${inStage ? html`<p class="hint">${t("practice.chosen", { count: cr.chosen.length, names: cr.chosen.map((s) => seatName(v, s)).join(", ") || "—" })}</p>` : nothing}
    ${cr.myChoice ? html`<p class="cast" data-testid="my-practice">${t("practice.mine", { response: t(`response.${cr.myChoice.response}`), target: cr.myChoice.target ? seatName(v, cr.myChoice.target) : "—" })}</p>` : nothing}
    ${p.ok
      ? html`<form data-testid="practice-form" @submit=${submitForm((get) => {
          const response = RESPONSE_KINDS.find((r) => r === get("response")) ?? "restraint";
          const target = get("target");
          return ctx.act({ type: "practice.choose", response, ...(target ? { target } : {}) });
        })}>
          <fieldset class="responses"><legend>${t("practice.choose")}</legend>
            ${RESPONSE_KINDS.map((r) => html`<label class="check"><input type="radio" name="response" value=${r} ?checked=${(cr.myChoice?.response ?? "restraint") === r} /> ${t(`response.${r}`)}</label>`)}
          </fieldset>
          <label>${t("practice.target")} <select name="target"><option value="">—</option>${accusable(ctx).map((a) => html`<option value=${a.id}>${a.name}</option>`)}</select></label>
          <button type="submit" class="primary">${t("practice.submit")}</button>
        </form>`
      : inStage && relevant(p) ? html`<p class="reason">${reasonOf(p)}</p>` : nothing}
    ${cr.practice.length > 0
      ? html`<h3>${t("practice.revealed")}</h3>
          <ul>${[...cr.practice].reverse().map((x) => html`<li>${t("practice.line", { round: x.round, seat: seatName(v, x.seat), response: t(`response.${x.response}`), target: x.target ? seatName(v, x.target) : "—" })}
            ${x.covert ? html`<span class="badge warn">${t(x.exposed ? "practice.exposed" : "practice.covert")}</span>` : nothing}
            ${x.defaulted ? html`<span class="badge">${t("practice.defaulted")}</span>` : nothing}</li>`)}</ul>`
      : nothing}
  </section>`;
}
