// Attribution politics: statements made or circulating (accused, confidence, mode, signers,
// and whether they proved right), invitations to co-sign, and the form to attribute.
import { html, nothing } from "lit-html";
import { LIMITS } from "../../../shared/protocol/limits.ts";
import { colon, t } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { limitedField } from "./text-limit.ts";
import { relevant, submitForm } from "./controls.ts";
import { seatName } from "./describe.ts";
import { ATTRIBUTION_MODES, CONFIDENCES } from "./forum-options.ts";

export function accusable(ctx: Ctx): { id: string; name: string }[] {
  const v = ctx.view;
  const ids = new Set<string>(v.seats.map((s) => s.id));
  const extra = new Set<string>();
  for (const e of v.crisis.evidence) if (e.pointsTo && !ids.has(e.pointsTo)) extra.add(e.pointsTo);
  return [...v.seats.filter((s) => s.id !== ctx.mySeat).map((s) => ({ id: s.id, name: s.name })), ...[...extra].map((id) => ({ id, name: seatName(v, id) }))];
}

export function attributionPanel(ctx: Ctx) {
  const v = ctx.view;
  const c = v.can;
  const statements = [...v.crisis.statements].reverse();
  if (statements.length === 0 && !relevant(c.attribute)) return nothing;
  return html`<section class="card" aria-labelledby="attribution-heading" data-testid="attribution">
    <h2 id="attribution-heading">${t("attribution.heading")}</h2>
    ${statements.length === 0 ? html`<p class="hint">${t("attribution.none")}</p>` : nothing}
    <ul class="statements">
      ${statements.map((s) => {
        const invite = s.invitations.find((i) => i.seat === ctx.mySeat && i.accepted === null);
        return html`<li data-statement=${s.id}>
          <p><strong>${t("attribution.line", { by: seatName(v, s.initiator), accused: seatName(v, s.accused) })}</strong>
            <span class="badge">${t(`attribution.mode.${s.mode}`)}</span>
            <span class="badge">${t(`confidence.${s.confidence}`)}</span>
            <span class="badge">${t(`attribution.status.${s.status}`)}</span>
            ${s.correct === null ? nothing : html`<span class="badge ${s.correct ? "ok" : "bad"}">${t(s.correct ? "attribution.right" : "attribution.wrong")}</span>`}</p>
          ${s.text ? html`<p>${s.text}</p>` : nothing}
          ${s.signers.length > 1 ? html`<p class="hint">${t("attribution.signers", { seats: s.signers.map((x) => seatName(v, x)).join(", ") })}</p>` : nothing}
          ${s.invitations.length > 0
            ? html`<p class="hint">${s.invitations.map((i) => `${seatName(v, i.seat)}${colon()}${t(i.accepted === null ? "attribution.invited" : i.accepted ? "attribution.accepted" : "attribution.declined")}`).join(" · ")}</p>`
            : nothing}
          ${invite && c.answerInvitation.ok
            ? html`<div class="row">
                <button type="button" data-testid=${`cosign-${s.id}`} @click=${() => ctx.act({ type: "attribution.answer", statement: s.id, accept: true })}>${t("attribution.cosign")}</button>
                <button type="button" @click=${() => ctx.act({ type: "attribution.answer", statement: s.id, accept: false })}>${t("attribution.decline")}</button>
              </div>`
            : nothing}
          ${s.status === "pending" && s.initiator === ctx.mySeat && c.publishStatement.ok
            ? html`<button type="button" @click=${() => ctx.act({ type: "attribution.publish", statement: s.id })}>${t("attribution.publishJoint")}</button>`
            : nothing}
        </li>`;
      })}
    </ul>
    ${c.attribute.ok ? attributeForm(ctx) : relevant(c.attribute) ? nothing : nothing}
  </section>`;
}

function attributeForm(ctx: Ctx) {
  const v = ctx.view;
  const injects = v.crisis.injects.filter((x) => !x.revealed);
  const others = v.seats.filter((s) => s.id !== ctx.mySeat && s.kind === "delegation");
  return html`<form data-testid="attribute-form" @submit=${submitForm((get) => {
    const form = document.querySelector<HTMLFormElement>('[data-testid="attribute-form"]');
    const cosigners = form ? [...form.querySelectorAll<HTMLInputElement>('input[name="cosigner"]:checked')].map((i) => i.value) : [];
    const confidence = CONFIDENCES.find((x) => x === get("confidence")) ?? "medium";
    const mode = ATTRIBUTION_MODES.find((x) => x === get("mode")) ?? "public";
    const text = get("text");
    return ctx.act({ type: "attribution.make", inject: get("inject"), accused: get("accused"), confidence, mode, cosigners: mode === "joint" ? cosigners : [], ...(text ? { text } : {}) });
  })}>
    <h3>${t("attribution.make")}</h3>
    <label>${t("attribution.inject")} <select name="inject">${injects.map((x) => html`<option value=${x.id}>${x.title}</option>`)}</select></label>
    <label>${t("attribution.accused")} <select name="accused">${accusable(ctx).map((a) => html`<option value=${a.id}>${a.name}</option>`)}</select></label>
    <fieldset class="row"><legend>${t("attribution.confidence")}</legend>
      ${CONFIDENCES.map((x) => html`<label class="check"><input type="radio" name="confidence" value=${x} ?checked=${x === "medium"} /> ${t(`confidence.${x}`)}</label>`)}</fieldset>
    <fieldset class="row"><legend>${t("attribution.modeLabel")}</legend>
      ${ATTRIBUTION_MODES.map((x) => html`<label class="check"><input type="radio" name="mode" value=${x} ?checked=${x === "public"} /> ${t(`attribution.mode.${x}`)}</label>`)}</fieldset>
    <fieldset class="row"><legend>${t("attribution.cosigners")}</legend>
      ${others.map((s) => html`<label class="check"><input type="checkbox" name="cosigner" value=${s.id} /> ${s.name}</label>`)}</fieldset>
    ${limitedField({ label: t("attribution.text"), name: "text", rows: 2, limit: LIMITS.messageText, testid: "attribution-text" })}
    <button type="submit">${t("attribution.submit")}</button>
  </form>`;
}
