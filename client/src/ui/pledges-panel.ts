// Coalition pledges: who committed to what, on what condition, who joined, and — after the
// round — who kept and who broke it. Heads of delegation make or join pledges.
import { html, nothing } from "lit-html";
import { LIMITS } from "../../../shared/protocol/limits.ts";
import { colon, t } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { limitedField } from "./text-limit.ts";
import { relevant, submitForm } from "./controls.ts";
import { cbmTitle, seatName } from "./describe.ts";
import { RESPONSE_KINDS } from "./forum-options.ts";

type Pledge = Ctx["view"]["crisis"]["pledges"][number];

export function commitmentText(ctx: Ctx, c: Pledge["commitment"]): string {
  const v = ctx.view;
  switch (c.kind) {
    case "respond":
      return t("pledge.commit.respond", { response: t(`response.${c.response}`), target: c.target ? seatName(v, c.target) : "—" });
    case "assist":
      return t("pledge.commit.assist", { victim: c.victim ? seatName(v, c.victim) : "—" });
    case "fund-cbm":
      return t("pledge.commit.fund", { cbm: cbmTitle(v, c.cbm) });
    case "restraint":
      return t("pledge.commit.restraint");
  }
}

export function pledgesPanel(ctx: Ctx) {
  const v = ctx.view;
  const c = v.can;
  const pledges = [...v.crisis.pledges].reverse();
  if (pledges.length === 0 && !relevant(c.pledge)) return nothing;
  return html`<section class="card" aria-labelledby="pledges-heading" data-testid="pledges">
    <h2 id="pledges-heading">${t("pledge.heading")}</h2>
    ${pledges.length === 0 ? html`<p class="hint">${t("pledge.none")}</p>` : nothing}
    <ul class="pledges">
      ${pledges.map((p) => {
        const member = ctx.mySeat !== null && p.members.includes(ctx.mySeat);
        const outcomes = Object.entries(p.outcomes);
        return html`<li data-pledge=${p.id}>
          <p><strong>${seatName(v, p.by)}</strong>: ${p.text} <span class="badge">${t(`pledge.status.${p.status}`)}</span></p>
          <p class="hint">${commitmentText(ctx, p.commitment)}${p.minOthers > 0 ? ` · ${t("pledge.condition", { count: p.minOthers })}` : ""}
            · ${t("pledge.members", { seats: p.members.map((s) => seatName(v, s)).join(", ") })}</p>
          ${outcomes.length > 0 ? html`<p>${outcomes.map(([s, o]) => `${seatName(v, s)}${colon()}${t(o === "kept" ? "pledge.kept" : "pledge.broken")}`).join(" · ")}</p>` : nothing}
          ${!member && c.joinPledge.ok && (p.status === "pending" || p.status === "active")
            ? html`<button type="button" data-testid=${`join-${p.id}`} @click=${() => ctx.act({ type: "pledge.join", pledge: p.id })}>${t("pledge.join")}</button>`
            : nothing}
        </li>`;
      })}
    </ul>
    ${c.pledge.ok ? pledgeForm(ctx) : nothing}
  </section>`;
}

function pledgeForm(ctx: Ctx) {
  const v = ctx.view;
  const cbms = v.negotiation.cbms;
  return html`<form data-testid="pledge-form" @submit=${submitForm((get) => {
    const kind = get("kind");
    const min = Number(get("minOthers"));
    const response = RESPONSE_KINDS.find((r) => r === get("response")) ?? "restraint";
    const commitment =
      kind === "assist" ? { kind: "assist" as const }
      : kind === "fund-cbm" ? { kind: "fund-cbm" as const, cbm: get("cbm") }
      : kind === "respond" ? { kind: "respond" as const, response }
      : { kind: "restraint" as const };
    return ctx.act({ type: "pledge.make", text: get("text"), commitment, ...(min > 0 ? { minOthers: min } : {}) });
  })}>
    <h3>${t("pledge.make")}</h3>
    ${limitedField({ label: t("pledge.text"), name: "text", rows: 2, limit: LIMITS.messageText, required: true, testid: "pledge-text" })}
    <label>${t("pledge.kind")} <select name="kind">
      <option value="restraint">${t("pledge.commit.restraint")}</option>
      <option value="assist">${t("pledge.kind.assist")}</option>
      ${cbms.length > 0 ? html`<option value="fund-cbm">${t("pledge.kind.fund")}</option>` : nothing}
      <option value="respond">${t("pledge.kind.respond")}</option>
    </select></label>
    ${cbms.length > 0 ? html`<label>${t("pledge.cbm")} <select name="cbm">${cbms.map((x) => html`<option value=${x.id}>${x.title}</option>`)}</select></label>` : nothing}
    <label>${t("pledge.response")} <select name="response">${RESPONSE_KINDS.map((r) => html`<option value=${r}>${t(`response.${r}`)}</option>`)}</select></label>
    <label class="narrow">${t("pledge.minOthers")} <input type="number" name="minOthers" min="0" max="15" value="0" /></label>
    <button type="submit">${t("pledge.submit")}</button>
  </form>`;
}
