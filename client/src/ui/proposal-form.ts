// Tabling a proposal: a title, a text, and what it does if adopted — a joint statement, a
// confidence-building measure from the scenario, or a norm from the catalogue.
import { html, nothing } from "lit-html";
import type { ProposalSubject } from "../../../shared/protocol/actions-negotiation.ts";
import { LIMITS } from "../../../shared/protocol/limits.ts";
import { t } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { limitedField } from "./text-limit.ts";
import { submitForm } from "./controls.ts";

export type NormChoice = { id: string; title: string };

export function proposalForm(ctx: Ctx, norms: NormChoice[] = []) {
  const v = ctx.view;
  if (!v.can.table.ok) return nothing;
  const cbms = v.negotiation.cbms.filter((c) => !c.established);
  const submit = submitForm(async (get) => {
    const subject = get("subject");
    let s: ProposalSubject = { kind: "statement" };
    if (subject.startsWith("cbm:")) s = { kind: "cbm", cbm: subject.slice(4) };
    else if (subject.startsWith("norm:")) s = { kind: "norm-adoption", norm: subject.slice(5) };
    return ctx.act({ type: "proposal.table", title: get("title"), text: get("text"), subject: s });
  });
  return html`<section class="card" aria-labelledby="table-heading">
    <h2 id="table-heading">${t("proposal.heading")}</h2>
    <form @submit=${submit} data-testid="proposal-form">
      <label>${t("proposal.subject")}
        <select name="subject" data-testid="proposal-subject">
          <option value="statement">${t("proposal.subject.statement")}</option>
          ${norms.length > 0 ? html`<optgroup label=${t("proposal.subject.norms")}>${norms.map((n) => html`<option value=${`norm:${n.id}`}>${n.title}</option>`)}</optgroup>` : nothing}
          ${cbms.length > 0 ? html`<optgroup label=${t("proposal.subject.cbms")}>${cbms.map((c) => html`<option value=${`cbm:${c.id}`}>${c.title}</option>`)}</optgroup>` : nothing}
        </select>
      </label>
      ${limitedField({ label: t("proposal.title"), name: "title", limit: LIMITS.proposalTitle, required: true, testid: "proposal-title" })}
      ${limitedField({ label: t("proposal.text"), name: "text", rows: 4, limit: LIMITS.proposalText, required: true, testid: "proposal-text" })}
      <button type="submit" class="primary">${t("proposal.submit")}</button>
    </form>
  </section>`;
}
