// The round's crisis: each inject's narrative, victims and the norms it touches, and its ground
// truth once revealed. The chair can fire a scheduled inject early or write an ad-hoc one.
import { html, nothing } from "lit-html";
import { LIMITS } from "../../../shared/protocol/limits.ts";
import { t, tk } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { limitedField } from "./text-limit.ts";
import { reasonOf, relevant, submitForm } from "./controls.ts";
import { seatName } from "./describe.ts";

export function normTitle(ctx: Ctx, id: string): string {
  return ctx.view.crisis.norms.find((n) => n.id === id)?.title ?? id;
}

export function briefingPanel(ctx: Ctx) {
  const v = ctx.view;
  const injects = [...v.crisis.injects].reverse();
  const chair = v.me.kind === "facilitator";
  if (injects.length === 0 && !chair) return nothing;
  return html`<section class="card briefing" aria-labelledby="briefing-heading" data-testid="briefing">
    <h2 id="briefing-heading">${t("crisis.heading")}</h2>
    ${injects.length === 0 ? html`<p class="hint">${t("crisis.none")}</p>` : nothing}
    ${injects.map(
      (x, i) => html`<article class="inject" data-inject=${x.id}>
        <h3>${x.title} <small class="badge">${t("crisis.roundOf", { round: x.round })} · ${t(`crisis.source.${x.source}`)}</small></h3>
        ${i === 0 ? html`<p class="narrative">${x.narrative}</p>` : html`<details><summary>${t("crisis.narrative")}</summary><p class="narrative">${x.narrative}</p></details>`}
        <p class="hint">${t("crisis.victims", { seats: x.victims.map((s) => seatName(v, s)).join(", ") })}${x.norms.length > 0 ? html` · ${t("crisis.norms", { norms: x.norms.map((n) => normTitle(ctx, n)).join("; ") })}` : nothing}</p>
        ${x.truth
          ? html`<p class="truth"><strong>${t(x.revealed ? "crisis.truth" : "crisis.truthHidden")}</strong> ${seatName(v, x.truth.perpetrator)} (${tk(`truth.${x.truth.kind}`, x.truth.kind)}) — ${x.truth.summary}</p>`
          : nothing}
      </article>`,
    )}
    ${chair ? chairInjects(ctx) : nothing}
  </section>`;
}

/** The scenario's injects that have not fired yet, to fire now: disabled, with the reason, when none is left or firing is not allowed. */
function fireForm(ctx: Ctx) {
  const v = ctx.view;
  const p = v.can.fireInject;
  if (!relevant(p)) return nothing;
  const unfired = v.crisis.schedule.filter((x) => !x.fired);
  const reason = unfired.length === 0 ? t("crisis.noneLeft") : p.ok ? "" : reasonOf(p);
  const disabled = reason !== "";
  return html`<form class="inline-form" data-testid="fire-form" @submit=${submitForm((get) => ctx.act({ type: "inject.fire", inject: get("inject") }), { reset: false })}>
    <label class="grow">${t("crisis.fireLabel")}
      <select name="inject" data-testid="fire-inject" ?disabled=${disabled} aria-describedby=${disabled ? "fire-reason" : nothing}>
        ${unfired.map((x) => html`<option value=${x.id}>${x.round === null ? t("crisis.fireOnDemand", { title: x.title }) : t("crisis.fireOption", { title: x.title, round: x.round })}</option>`)}
      </select>
    </label>
    <button type="submit" ?disabled=${disabled} aria-describedby=${disabled ? "fire-reason" : nothing}>${t("crisis.fire")}</button>
    ${disabled ? html`<p class="reason" id="fire-reason">${reason}</p>` : nothing}
  </form>`;
}

function chairInjects(ctx: Ctx) {
  const v = ctx.view;
  const c = v.can;
  return html`${fireForm(ctx)}
    ${c.writeInject.ok
      ? html`<details class="adhoc"><summary>${t("crisis.write")}</summary>
          <form data-testid="inject-form" @submit=${submitForm((get) => ctx.act({
            type: "inject.write",
            title: get("title"),
            narrative: get("narrative"),
            victims: [get("victim")],
            norms: [],
            evidence: [],
          }))}>
            ${limitedField({ label: t("proposal.title"), name: "title", limit: LIMITS.injectTitle, required: true, testid: "inject-title" })}
            ${limitedField({ label: t("crisis.narrative"), name: "narrative", rows: 3, limit: LIMITS.injectNarrative, required: true, testid: "inject-narrative" })}
            <label>${t("crisis.victim")} <select name="victim">${v.seats.map((s) => html`<option value=${s.id}>${s.name}</option>`)}</select></label>
            <button type="submit">${t("crisis.writeSubmit")}</button>
          </form></details>`
      : nothing}`;
}
