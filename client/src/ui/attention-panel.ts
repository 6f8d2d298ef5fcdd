// "Needs my attention": what the chair should act on now, drawn from the view — points of
// order awaiting a ruling, the speakers list, open polls, contested amendments, empty or
// disconnected seats, players without a seat, a clock about to run out.
import { html, nothing, type TemplateResult } from "lit-html";
import { formatDuration, t } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { seatName } from "./describe.ts";
import { icon } from "./icons.ts";
import { LOW_TIME_MS, remainingMs } from "./session-header.ts";

export function attentionItems(ctx: Pick<Ctx, "view" | "now" | "act">): TemplateResult[] {
  const v = ctx.view;
  const n = v.negotiation;
  const items: TemplateResult[] = [];
  for (const p of n.pointsOfOrder.filter((x) => x.ruling === null)) {
    items.push(html`<li class="urgent">${icon("warning")} ${t("attention.order", { seat: seatName(v, p.seat), text: p.text })}
      <span class="row">
        <button type="button" data-testid=${`uphold-${p.id}`} @click=${() => ctx.act({ type: "order.rule", point: p.id, upheld: true })}>${t("order.uphold")}</button>
        <button type="button" @click=${() => ctx.act({ type: "order.rule", point: p.id, upheld: false })}>${t("order.overrule")}</button>
      </span></li>`);
  }
  const remaining = remainingMs(v, ctx.now);
  if (remaining !== null && remaining <= LOW_TIME_MS && !v.session.paused) items.push(html`<li class="urgent">${icon("warning")} ${t("attention.time", { time: formatDuration(remaining) })}</li>`);
  if (n.floor.queue.length > 0 && n.floor.speaker === null) items.push(html`<li>${t("attention.queue", { count: n.floor.queue.length, seat: seatName(v, n.floor.queue[0]?.seat ?? null) })}</li>`);
  for (const poll of n.strawPolls.filter((p) => p.open)) items.push(html`<li>${t("attention.poll", { question: poll.question, count: poll.answered.length })}</li>`);
  for (const p of v.proposals) for (const a of p.amendments.filter((x) => x.status === "contested")) items.push(html`<li>${t("attention.amendment", { amendment: a.id, proposal: p.id })}</li>`);
  if (v.unseated.length > 0) items.push(html`<li>${t("attention.unseated", { names: v.unseated.map((p) => p.name).join(", ") })}</li>`);
  const awayHeads = v.seats.filter((s) => s.players.length > 0 && !s.players.some((p) => p.connected));
  if (awayHeads.length > 0) items.push(html`<li>${t("attention.away", { seats: awayHeads.map((s) => s.name).join(", ") })}</li>`);
  const empty = v.seats.filter((s) => s.kind === "delegation" && s.players.length === 0);
  if (empty.length > 0 && v.session.stage === "lobby") items.push(html`<li>${t("attention.empty", { seats: empty.map((s) => s.name).join(", ") })}</li>`);
  return items;
}

/** How many items wait for the chair (for the header's "next" line). */
export function attentionCount(view: Ctx["view"], now: number): number {
  return attentionItems({ view, now, act: async () => false }).length;
}

export function attentionPanel(ctx: Ctx) {
  const items = attentionItems(ctx);
  return html`<section class="card attention" aria-labelledby="attention-heading" data-testid="attention">
    <h2 id="attention-heading">${t("attention.heading")} ${items.length > 0 ? html`<span class="count">${items.length}</span>` : nothing}</h2>
    ${items.length === 0 ? html`<p class="hint">${t("attention.none")}</p>` : html`<ul class="attention-list">${items}</ul>`}
  </section>`;
}
