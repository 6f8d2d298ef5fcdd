// The speakers list: who has the floor and for how long, who is waiting, and the floor
// actions the viewer may take (request, withdraw, yield, right of reply).
import { html, nothing } from "lit-html";
import { formatDuration, t } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { actButton } from "./controls.ts";
import { describeEvent } from "./describe.ts";
import { seatLabel } from "./seats-panel.ts";

export function floorPanel(ctx: Ctx) {
  const v = ctx.view;
  const f = v.negotiation.floor;
  const c = v.can;
  const inQueue = ctx.mySeat !== null && f.queue.some((q) => q.seat === ctx.mySeat);
  const speaking = ctx.mySeat !== null && f.speaker?.seat === ctx.mySeat;
  const isPlayer = v.me.kind === "player";
  return html`<section class="card" aria-labelledby="floor-heading" data-testid="floor">
    <h2 id="floor-heading">${t("floor.heading")}</h2>
    <p class="speaker" data-testid="speaker">
      ${f.speaker
        ? html`${t("floor.speaking")} <strong>${seatLabel(v, f.speaker.seat)}</strong> — ${t("session.remaining", { time: formatDuration(f.speaker.deadline - ctx.now) })}`
        : t("floor.nobody")}
    </p>
    <p class="hint">${t(f.automatic ? "floor.automatic" : "floor.manual")} · ${t("floor.seconds", { seconds: f.speakingSeconds })}${f.openDebate ? html` · ${t("floor.openDebate")}` : nothing}</p>
    ${f.queue.length === 0
      ? html`<p>${t("floor.emptyQueue")}</p>`
      : html`<ol class="queue" aria-label=${t("floor.queue")}>
          ${f.queue.map((q) => html`<li>${seatLabel(v, q.seat)}${q.reply !== null ? html` <small class="badge">${t("floor.replyBadge")}</small>` : nothing}</li>`)}
        </ol>`}
    ${isPlayer
      ? html`<div class="row">
          ${speaking
            ? actButton(t("floor.yield"), c.yieldFloor, () => ctx.act({ type: "floor.yield", to: null }), { testid: "floor-yield" })
            : inQueue
              ? actButton(t("floor.withdraw"), c.withdrawFloor, () => ctx.act({ type: "floor.withdraw" }), { testid: "floor-withdraw" })
              : actButton(t("floor.request"), c.requestFloor, () => ctx.act({ type: "floor.request" }), { testid: "floor-request" })}
        </div>
        ${v.negotiation.replies.length > 0
          ? html`<h3>${t("floor.replies")}</h3><ul class="replies">
              ${v.negotiation.replies.map((seq) => {
                const entry = v.journal.find((e) => e.seq === seq);
                return html`<li>${entry ? describeEvent(v, entry) : `#${seq}`}
                  <button type="button" @click=${() => ctx.act({ type: "reply.request", cause: seq })}>${t("floor.askReply")}</button></li>`;
              })}
            </ul>`
          : nothing}`
      : nothing}
  </section>`;
}
