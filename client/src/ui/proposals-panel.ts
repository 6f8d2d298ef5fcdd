// Proposals on the table: kind and subject, sponsor and co-sponsors, text and amendments,
// results with roll-call ballots, explanations of vote and dissociations.
import { html, nothing } from "lit-html";
import { LIMITS } from "../../../shared/protocol/limits.ts";
import type { AmendmentView } from "../../../shared/protocol/view-negotiation.ts";
import type { ProposalView } from "../../../shared/protocol/view.ts";
import { colon, t } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { limitedField } from "./text-limit.ts";
import { submitForm } from "./controls.ts";
import { cbmTitle, seatName } from "./describe.ts";
import { seatLabel } from "./seats-panel.ts";
import { ballotsList, tallyLine } from "./tally.ts";

export function proposalsPanel(ctx: Ctx) {
  const v = ctx.view;
  return html`<section class="card" aria-labelledby="proposals-heading" data-testid="proposals">
    <h2 id="proposals-heading">${t("proposals.heading")}</h2>
    <p class="rule">${t(`vote.rule.${v.session.decisionRule}`)}</p>
    ${v.proposals.length === 0 ? html`<p>${t("proposals.none")}</p>` : nothing}
    <ol class="proposals">${v.proposals.map((p) => proposalItem(ctx, p))}</ol>
  </section>`;
}

function subjectLine(ctx: Ctx, p: ProposalView) {
  const v = ctx.view;
  if (p.kind === "cbm") return t("proposals.kind.cbm", { cbm: cbmTitle(v, p.cbm) });
  if (p.kind === "norm-adoption") return t("proposals.kind.norm", { norm: v.crisis.norms.find((n) => n.id === p.norm)?.title ?? p.norm ?? "" });
  return t("proposals.kind.statement");
}

function proposalItem(ctx: Ctx, p: ProposalView) {
  const v = ctx.view;
  const mine = ctx.mySeat !== null && p.sponsor === ctx.mySeat;
  const cosponsoring = ctx.mySeat !== null && p.cosponsors.includes(ctx.mySeat);
  const tabled = p.status === "tabled";
  return html`<li class="proposal ${p.status}" data-proposal=${p.id}>
    <h3>${p.id}${colon()}${p.title} <span class="badge ${p.status}" data-testid=${`status-${p.id}`}>${t(`proposals.status.${p.status}`)}</span></h3>
    <p class="sponsor">${subjectLine(ctx, p)}${p.binding ? nothing : html` · ${t("proposals.nonBinding")}`}</p>
    <p class="sponsor">${t("proposals.sponsor", { sponsor: seatName(v, p.sponsor) })}${p.cosponsors.length > 0 ? html` · ${t("proposals.cosponsors", { seats: p.cosponsors.map((s) => seatName(v, s)).join(", ") })}` : nothing}</p>
    <p class="text">${p.text}</p>
    ${p.text !== p.originalText ? html`<details><summary>${t("proposals.original")}</summary><p class="text">${p.originalText}</p></details>` : nothing}
    ${tabled && !mine && ctx.mySeat !== null && v.can.cosponsor.ok
      ? html`<button type="button" data-testid=${`cosponsor-${p.id}`} aria-pressed=${cosponsoring ? "true" : "false"}
          @click=${() => ctx.act({ type: "proposal.cosponsor", proposal: p.id, join: !cosponsoring })}>${t(cosponsoring ? "proposals.uncosponsor" : "proposals.cosponsor")}</button>`
      : nothing}
    ${p.amendments.length > 0 ? html`<h4>${t("amend.heading")}</h4><ul class="amendments">${p.amendments.map((a) => amendmentItem(ctx, p, a))}</ul>` : nothing}
    ${tabled && ctx.mySeat !== null && v.can.amend.ok ? amendForm(ctx, p) : nothing}
    ${p.status !== "tabled" ? html`${tallyLine(v, p, p.id)}${ballotsList(v, p.ballots)}` : nothing}
    ${p.dissociated.length > 0 ? html`<p class="hint">${t("proposals.dissociated", { seats: p.dissociated.map((s) => seatName(v, s)).join(", ") })}</p>` : nothing}
    ${p.explanations.length > 0
      ? html`<h4>${t("vote.explanations")}</h4><ul>${p.explanations.map((e) => html`<li>${seatLabel(v, e.seat)}${colon()}${e.text}</li>`)}</ul>`
      : nothing}
  </li>`;
}

function amendmentItem(ctx: Ctx, p: ProposalView, a: AmendmentView) {
  const v = ctx.view;
  const sponsor = ctx.mySeat !== null && p.sponsor === ctx.mySeat;
  const author = ctx.mySeat !== null && a.seat === ctx.mySeat;
  return html`<li data-amendment=${a.id}>
    <strong>${a.id}</strong> (${seatName(v, a.seat)}) <span class="badge ${a.status}">${t(`amend.status.${a.status}`)}</span>
    <p class="text">${a.text}</p>
    ${a.status === "pending" && sponsor
      ? html`<div class="row">
          <button type="button" data-testid=${`accept-${a.id}`} @click=${() => ctx.act({ type: "amendment.answer", amendment: a.id, accept: true })}>${t("amend.accept")}</button>
          <button type="button" @click=${() => ctx.act({ type: "amendment.answer", amendment: a.id, accept: false })}>${t("amend.contest")}</button>
        </div>`
      : nothing}
    ${(a.status === "pending" || a.status === "contested") && author
      ? html`<button type="button" @click=${() => ctx.act({ type: "amendment.withdraw", amendment: a.id })}>${t("amend.withdraw")}</button>`
      : nothing}
    ${a.tally || a.status === "voting" ? tallyLine(v, a, a.id) : nothing}
  </li>`;
}

function amendForm(ctx: Ctx, p: ProposalView) {
  if (ctx.ui.amending !== p.id) {
    return html`<button type="button" data-testid=${`amend-${p.id}`} @click=${() => { ctx.ui.amending = p.id; ctx.redraw(); }}>${t("amend.propose")}</button>`;
  }
  return html`<form class="amend-form" data-testid=${`amend-form-${p.id}`} @submit=${submitForm(async (get) => {
    const ok = await ctx.act({ type: "amendment.propose", proposal: p.id, text: get("text") });
    if (ok) { ctx.ui.amending = null; ctx.redraw(); }
    return ok;
  })}>
    ${limitedField({ label: t("amend.text"), name: "text", rows: 4, limit: LIMITS.proposalText, required: true, testid: `amend-text-${p.id}`, value: p.text })}
    <div class="row">
      <button type="submit">${t("amend.submit")}</button>
      <button type="button" @click=${() => { ctx.ui.amending = null; ctx.redraw(); }}>${t("common.cancel")}</button>
    </div>
  </form>`;
}
