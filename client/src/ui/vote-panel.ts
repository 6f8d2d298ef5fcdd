// The question before the forum: the proposal or amendment being voted on, the live tally
// and ballots, and — for a head of delegation — large vote buttons that work on a phone.
import { html, nothing } from "lit-html";
import { LIMITS } from "../../../shared/protocol/limits.ts";
import type { AmendmentView } from "../../../shared/protocol/view-negotiation.ts";
import type { ProposalView, View } from "../../../shared/protocol/view.ts";
import { colon, formatDuration, t } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { icon } from "./icons.ts";
import { limitedField } from "./text-limit.ts";
import { reasonOf, submitForm } from "./controls.ts";
import { ballotsList, tallyLine } from "./tally.ts";

export type Question = { id: string; proposal: ProposalView; amendment: AmendmentView | null };

export function openQuestion(v: View): Question | null {
  const id = v.question;
  if (id === null) return null;
  for (const p of v.proposals) {
    if (p.id === id) return { id, proposal: p, amendment: null };
    const a = p.amendments.find((x) => x.id === id);
    if (a) return { id, proposal: p, amendment: a };
  }
  return null;
}

/** After a ballot the buttons go away; keep the keyboard user's place on the confirmation. */
async function castAndFocus(ctx: Ctx, action: Parameters<Ctx["act"]>[0]) {
  if (await ctx.act(action)) requestAnimationFrame(() => document.getElementById("my-vote")?.focus());
}

export function votePanel(ctx: Ctx) {
  const v = ctx.view;
  const q = openQuestion(v);
  if (!q) return nothing;
  const target = q.amendment ?? q.proposal;
  const mine = target.ballots.find((b) => b.seat === ctx.mySeat);
  const consensus = v.session.decisionRule === "consensus";
  const silence = v.negotiation.silence;
  return html`<section class="card question" aria-labelledby="question-heading" data-testid="question">
    <h2 id="question-heading">${t("vote.question")}${colon()}${q.amendment ? t("vote.amendmentTo", { amendment: q.amendment.id, proposal: q.proposal.id }) : html`${q.proposal.id} — ${q.proposal.title}`}</h2>
    <p class="text">${q.amendment ? q.amendment.text : q.proposal.text}</p>
    <p class="rule">${t(`vote.rule.${v.session.decisionRule}`)} · ${t(`votingMode.${v.session.votingMode}`)}</p>
    ${silence ? html`<p class="badge warn">${t("vote.silence", { time: formatDuration(silence.deadline - ctx.now) })}</p>` : nothing}
    ${mine?.choice
      ? html`<p class="cast" data-testid="my-vote" id="my-vote" tabindex="-1">${t("vote.cast", { choice: t(`vote.${mine.choice}`) })}</p>`
      : v.can.vote.ok
        ? html`<div class="vote-buttons" role="group" aria-label=${t("vote.castOn", { question: q.id })}>
            ${(["yes", "no", "abstain"] as const).map(
              (choice) => html`<button type="button" class="vote ${choice}" data-testid=${`vote-${choice}`} @click=${() => castAndFocus(ctx, { type: "vote.cast", proposal: q.id, choice })}>
                ${icon(choice === "yes" ? "check" : choice === "no" ? "cross" : "dash")} ${t(consensus && choice === "no" ? "vote.object" : `vote.${choice}`)}</button>`,
            )}
            ${consensus && q.amendment === null
              ? html`<button type="button" class="vote dissociate" data-testid="vote-dissociate" @click=${() => castAndFocus(ctx, { type: "vote.cast", proposal: q.id, choice: "yes", dissociate: true })}>
                  ${t("vote.dissociate")}</button>`
              : nothing}
          </div>`
        : v.me.kind === "player" ? html`<p class="reason">${reasonOf(v.can.vote)}</p>` : nothing}
    ${tallyLine(v, target, q.id)}
    ${ballotsList(v, target.ballots)}
  </section>`;
}

/** Explanations of vote, for the head of delegation once a question is decided. */
export function explainForm(ctx: Ctx) {
  const v = ctx.view;
  if (!v.can.explain.ok) return nothing;
  const decided = v.proposals.filter((p) => p.status !== "tabled");
  if (decided.length === 0) return nothing;
  return html`<section class="card" aria-labelledby="explain-heading">
    <h2 id="explain-heading">${t("vote.explainHeading")}</h2>
    <form data-testid="explain-form" @submit=${submitForm((get) => ctx.act({ type: "vote.explain", proposal: get("proposal"), text: get("text") }))}>
      <label>${t("vote.explainOn")} <select name="proposal">${decided.map((p) => html`<option value=${p.id}>${p.id} — ${p.title}</option>`)}</select></label>
      ${limitedField({ label: t("vote.explanation"), name: "text", rows: 2, limit: LIMITS.messageText, required: true, testid: "explain-text" })}
      <button type="submit">${t("vote.explainSubmit")}</button>
    </form>
  </section>`;
}
