// Straw polls: the chair's non-binding questions, answered by heads of delegation, with
// counts once closed.
import { html, nothing } from "lit-html";
import { colon, t } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { seatName } from "./describe.ts";
import { tallyBar } from "./tally.ts";

export function pollsPanel(ctx: Ctx) {
  const v = ctx.view;
  const polls = v.negotiation.strawPolls;
  if (polls.length === 0) return nothing;
  return html`<section class="card" aria-labelledby="polls-heading" data-testid="polls">
    <h2 id="polls-heading">${t("poll.heading")}</h2>
    <ol class="polls">
      ${[...polls].reverse().map((p) => {
        const mine = p.answers.find((a) => a.seat === ctx.mySeat);
        return html`<li data-poll=${p.id}>
          <p><strong>${p.question}</strong> <span class="badge">${t(p.open ? "poll.open" : "poll.closed")}</span></p>
          ${p.result
            ? html`<p>${t("vote.liveCounts", { yes: p.result.yes, no: p.result.no, abstain: p.result.abstain })}</p>${tallyBar(p.result.yes, p.result.no, p.result.abstain, 0)}`
            : html`<p class="hint">${t("poll.answered", { count: p.answered.length })}</p>`}
          ${p.open && !mine && v.can.answerPoll.ok
            ? html`<div class="row" role="group" aria-label=${t("poll.answer")}>
                ${(["yes", "no", "abstain"] as const).map(
                  (choice) => html`<button type="button" data-testid=${`poll-${choice}`} @click=${() => ctx.act({ type: "poll.answer", poll: p.id, choice })}>${t(`vote.${choice}`)}</button>`,
                )}
              </div>`
            : nothing}
          ${mine?.choice ? html`<p>${t("poll.yours", { choice: t(`vote.${mine.choice}`) })}</p>` : nothing}
          ${!p.open || v.me.kind === "facilitator"
            ? html`<ul class="ballots">${p.answers.filter((a) => a.choice).map((a) => html`<li>${seatName(v, a.seat)}${colon()}${t(`vote.${a.choice ?? "abstain"}`)}</li>`)}</ul>`
            : nothing}
        </li>`;
      })}
    </ol>
  </section>`;
}
