// The delegations and observers: emblem, archetype, who holds each seat, who is connected,
// and a claim button for an unseated player. The lobby's main panel.
import { html, nothing } from "lit-html";
import type { SeatView, View } from "../../../shared/protocol/view.ts";
import { colon, t } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { icon } from "./icons.ts";

export function emblem(seat: Pick<SeatView, "emblem">) {
  // The wrapper's outline keeps dark emblems visible on the dark theme (clip-path would cut a shadow on the emblem itself).
  return html`<span class="emblem-wrap" aria-hidden="true"><span class="emblem ${seat.emblem.shape}" style="--emblem:${seat.emblem.colour}"></span></span>`;
}

/** The people in a seat: the bot playing it is said once, by the seat's "bot" badge. */
const humans = (seat: SeatView) => seat.players.filter((p) => !p.bot);

export function seatLabel(view: View, id: string) {
  const seat = view.seats.find((s) => s.id === id);
  return seat ? html`<span class="seat-ref">${emblem(seat)}${seat.name}</span>` : html`${id}`;
}

export function seatsPanel(ctx: Ctx) {
  const v = ctx.view;
  const canClaim = v.me.kind === "player" && v.me.seat === null;
  const lobby = v.session.stage === "lobby";
  const filled = v.seats.filter((s) => s.players.length > 0).length;
  return html`<section class="card" aria-labelledby="seats-heading" data-testid="seats">
    <h2 id="seats-heading">${t("seats.heading")}</h2>
    ${lobby ? html`<p class="hint">${t("seats.summary", { filled, total: v.seats.length })}</p>` : nothing}
    <ul class="seats">
      ${v.seats.map((seat) => {
        const muted = v.negotiation.muted.seats.includes(seat.id);
        return html`<li class="seat ${seat.players.length === 0 ? "vacant" : ""}" data-seat=${seat.id}>
          ${emblem(seat)}
          <span class="seat-name">${seat.name} ${seat.kind === "observer" ? html`<small class="badge">${t("seats.observer")}</small>` : nothing}
            ${muted ? html`<small class="badge warn">${t("seats.muted")}</small>` : nothing}
            ${seat.closed ? html`<small class="badge" data-testid=${`closed-${seat.id}`}>${t("seats.closed")}</small>` : nothing}
            ${seat.autopilot ? html`<small class="badge" data-testid=${`bot-${seat.id}`}>${icon("bot")} ${t("seats.bot")}</small>` : nothing}</span>
          <span class="seat-archetype">${seat.archetype}</span>
          <span class="seat-players">
            ${humans(seat).length === 0
              ? seat.autopilot ? nothing : html`<em>${t("seats.empty")}</em>`
              : humans(seat).map(
                  (p) => html`<span class="player ${p.connected ? "online" : "away"}"
                    >${p.name}${seat.head === p.name && !seat.autopilot ? html` <small class="head-mark">${icon("head")} ${t("seats.head")}</small>` : nothing}
                    <span class="visually-hidden">${p.connected ? t("seats.connected") : t("seats.away")}</span></span
                  >`,
                )}
          </span>
          ${canClaim && !seat.closed
            ? html`<button type="button" data-testid=${`claim-${seat.id}`}
                @click=${() => ctx.act({ type: "seat.claim", seat: seat.id })}>
                ${t("seats.claim")}<span class="visually-hidden">: ${seat.name}</span>
              </button>`
            : nothing}
        </li>`;
      })}
    </ul>
    ${v.unseated.length > 0 ? html`<p class="unseated">${t("seats.unseated")}${colon()}${v.unseated.map((p) => p.name).join(", ")}</p>` : nothing}
  </section>`;
}
