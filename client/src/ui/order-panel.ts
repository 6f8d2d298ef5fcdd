// Points of order: a delegation raises one (it goes to the chair at once) and sees the ruling.
import { html, nothing } from "lit-html";
import { LIMITS } from "../../../shared/protocol/limits.ts";
import { formatTime, t } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { limitedField } from "./text-limit.ts";
import { relevant, submitForm } from "./controls.ts";
import { seatName } from "./describe.ts";

export function orderPanel(ctx: Ctx) {
  const v = ctx.view;
  const points = v.negotiation.pointsOfOrder;
  const canRaise = v.can.raiseOrder;
  if (!relevant(canRaise) && points.length === 0) return nothing;
  return html`<section class="card" aria-labelledby="order-heading" data-testid="order">
    <h2 id="order-heading">${t("order.heading")}</h2>
    ${canRaise.ok
      ? html`<form class="inline-form" data-testid="order-form" @submit=${submitForm((get) => ctx.act({ type: "order.raise", text: get("text") }))}>
          ${limitedField({ label: t("order.text"), name: "text", limit: LIMITS.pointOfOrder, required: true, testid: "order-text", className: "grow" })}
          <button type="submit">${t("order.raise")}</button>
        </form>`
      : nothing}
    ${points.length > 0
      ? html`<ol class="orders">
          ${points.map(
            (p) => html`<li>${seatName(v, p.seat)} · <time>${formatTime(p.at)}</time>: ${p.text}
              ${p.ruling
                ? html`<p><strong>${t(p.ruling.upheld ? "order.upheld" : "order.overruled")}</strong>${p.ruling.text ? `: ${p.ruling.text}` : ""}</p>`
                : html`<p class="hint">${t("order.awaiting")}</p>`}</li>`,
          )}
        </ol>`
      : nothing}
  </section>`;
}
