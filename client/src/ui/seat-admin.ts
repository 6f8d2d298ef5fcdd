// The facilitator's seat management: move a player to another seat, make them head of
// delegation, mute or remove them, and mute a whole delegation.
import { html, nothing } from "lit-html";
import { t } from "../i18n/index.ts";
import type { Permission } from "../../../shared/protocol/view.ts";
import type { Ctx } from "./context.ts";
import { reasonOf, relevant } from "./controls.ts";
import { emblem } from "./seats-panel.ts";

export function seatAdmin(ctx: Ctx) {
  const v = ctx.view;
  if (!v.can.chair.ok) return nothing;
  const mutedPlayers = new Set(v.negotiation.muted.players);
  const mutedSeats = new Set(v.negotiation.muted.seats);
  const people = [
    ...v.seats.flatMap((s) => s.players.map((p) => ({ ...p, seat: s.id as string | null, head: s.head === p.name }))),
    ...v.unseated.map((p) => ({ ...p, seat: null as string | null, head: false })),
  ];
  return html`<section class="card" aria-labelledby="admin-heading" data-testid="seat-admin">
    <h2 id="admin-heading">${t("admin.heading")}</h2>
    ${people.length === 0 ? html`<p>${t("admin.nobody")}</p>` : nothing}
    <table class="admin">
      <caption class="visually-hidden">${t("admin.heading")}</caption>
      <thead><tr><th scope="col">${t("admin.player")}</th><th scope="col">${t("admin.seat")}</th><th scope="col">${t("admin.actions")}</th></tr></thead>
      <tbody>
        ${people.map(
          (p) => html`<tr data-player=${p.id}>
            <th scope="row"><span class="player ${p.connected ? "online" : "away"}">${p.name}</span>
              <span class="visually-hidden">${p.connected ? t("seats.connected") : t("seats.away")}</span>
              ${p.head ? html`<small>(${t("seats.head")})</small>` : nothing}
              ${mutedPlayers.has(p.id) ? html`<small class="badge warn">${t("seats.muted")}</small>` : nothing}</th>
            <td>
              <label class="visually-hidden" for=${`reassign-${p.id}`}>${t("admin.moveTo", { name: p.name })}</label>
              <select id=${`reassign-${p.id}`} @change=${(e: Event) => {
                const seat = (e.target as HTMLSelectElement).value;
                if (seat) void ctx.act({ type: "chair.reassign", playerId: p.id, seat });
              }}>
                <option value="" ?selected=${p.seat === null}>${t("admin.noSeat")}</option>
                ${v.seats.map((s) => html`<option value=${s.id} ?selected=${p.seat === s.id}>${s.name}</option>`)}
              </select>
            </td>
            <td class="row">
              ${p.seat !== null && !p.head
                ? html`<button type="button" @click=${() => ctx.act({ type: "chair.promote", playerId: p.id })}>${t("admin.promote")}<span class="visually-hidden"> ${p.name}</span></button>`
                : nothing}
              <button type="button" aria-pressed=${mutedPlayers.has(p.id) ? "true" : "false"}
                @click=${() => ctx.act({ type: "chair.mute", target: { kind: "player", playerId: p.id }, muted: !mutedPlayers.has(p.id) })}>
                ${t("admin.mute")}<span class="visually-hidden"> ${p.name}</span></button>
              <button type="button" class="danger" @click=${() => {
                if (confirm(t("admin.removeConfirm", { name: p.name }))) void ctx.act({ type: "chair.remove", playerId: p.id });
              }}>${t("admin.remove")}<span class="visually-hidden"> ${p.name}</span></button>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${toggles(v.can.autopilot, "autopilot", t("admin.autopilot"), t("admin.autopilotHelp"), v.seats.filter((s) => s.kind === "delegation"),
      (s) => s.autopilot, (s) => ctx.act({ type: "seat.autopilot", seat: s.id, on: !s.autopilot }))}
    ${toggles(v.can.closeSeat, "close", t("admin.closeSeats"), t("admin.closeHelp"), v.seats,
      (s) => s.closed, (s) => ctx.act({ type: "seat.close", seat: s.id, closed: !s.closed }))}
    <h3>${t("admin.muteSeats")}</h3>
    <div class="row">
      ${v.seats.map(
        (s) => html`<button type="button" data-testid=${`mute-${s.id}`} aria-pressed=${mutedSeats.has(s.id) ? "true" : "false"}
          @click=${() => ctx.act({ type: "chair.mute", target: { kind: "seat", seat: s.id }, muted: !mutedSeats.has(s.id) })}>
          ${emblem(s)} ${s.name}</button>`,
      )}
    </div>
  </section>`;
}

type Seat = Ctx["view"]["seats"][number];

/** A row of per-seat toggle buttons that follows one permission: hidden when it does not concern
 * the viewer, disabled with the server's reason when it is refused. */
function toggles(p: Permission, prefix: string, heading: string, help: string, seats: readonly Seat[], pressed: (s: Seat) => boolean, toggle: (s: Seat) => void) {
  if (!relevant(p)) return nothing;
  const reasonId = `${prefix}-reason`;
  return html`<h3>${heading}</h3>
    <p class="hint">${help}</p>
    ${p.ok ? nothing : html`<p class="reason" id=${reasonId}>${reasonOf(p)}</p>`}
    <div class="row">
      ${seats.map(
        (s) => html`<button type="button" data-testid=${`${prefix}-${s.id}`} aria-pressed=${pressed(s) ? "true" : "false"}
          ?disabled=${!p.ok} aria-describedby=${p.ok ? nothing : reasonId} @click=${() => toggle(s)}>
          ${emblem(s)} ${s.name}</button>`,
      )}
    </div>`;
}
