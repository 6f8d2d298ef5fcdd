// The facilitator's seat management: move a player to another seat, make them head of
// delegation, mute or remove them; and one compact table of the seats (who holds each, who is
// connected, and the bot, closed and muted switches).
import { html, nothing } from "lit-html";
import { t } from "../i18n/index.ts";
import type { Permission } from "../../../shared/protocol/view.ts";
import type { Ctx } from "./context.ts";
import { reasonOf, relevant } from "./controls.ts";
import { confirmDialog } from "./confirm-dialog.ts";
import { icon } from "./icons.ts";
import { emblem } from "./seats-panel.ts";

export function seatAdmin(ctx: Ctx) {
  const v = ctx.view;
  if (!v.can.chair.ok) return nothing;
  const mutedPlayers = new Set(v.negotiation.muted.players);
  const people = [
    ...v.seats.flatMap((s) => s.players.filter((p) => !p.bot).map((p) => ({ ...p, seat: s.id as string | null, head: s.head === p.name }))),
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
              ${p.head ? html`<small class="badge">${icon("head")} ${t("seats.head")}</small>` : nothing}
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
              <button type="button" class="danger" @click=${async () => {
                if (await confirmDialog({ title: t("admin.remove"), body: t("admin.removeConfirm", { name: p.name }), confirm: t("admin.remove"), danger: true })) void ctx.act({ type: "chair.remove", playerId: p.id });
              }}>${t("admin.remove")}<span class="visually-hidden"> ${p.name}</span></button>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${seatTable(ctx)}
  </section>`;
}

type Seat = Ctx["view"]["seats"][number];

/** One row per seat: who holds it, whether anyone is connected, and three switches (bot, closed,
 * muted) that follow their permissions (disabled with the server's reason when refused). */
function seatTable(ctx: Ctx) {
  const v = ctx.view;
  const mutedSeats = new Set(v.negotiation.muted.seats);
  const p = { bot: v.can.autopilot, closed: v.can.closeSeat, muted: v.can.chair };
  const reasons = (Object.entries(p) as [string, Permission][]).filter(([, x]) => relevant(x) && !x.ok);
  const toggle = (s: Seat, kind: "bot" | "closed" | "muted", testid: string, pressed: boolean, label: string, run: () => void) => {
    const perm = p[kind];
    if (!relevant(perm)) return html`<td>—</td>`;
    if (kind === "bot" && s.kind !== "delegation") return html`<td>—</td>`;
    return html`<td><button type="button" class="switch" data-testid=${testid} aria-pressed=${pressed ? "true" : "false"} ?disabled=${!perm.ok}
      aria-describedby=${perm.ok ? nothing : `${kind}-reason`} @click=${run}>${label}<span class="visually-hidden"> ${s.name}</span></button></td>`;
  };
  return html`<h3>${t("admin.seatsTable")}</h3>
    <p class="hint">${t("admin.seatsTableHelp")}</p>
    ${reasons.map(([kind, x]) => html`<p class="reason" id=${`${kind}-reason`}>${reasonOf(x)}</p>`)}
    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="seat-table-caption">
    <table class="admin seat-table" data-testid="seat-table">
      <caption id="seat-table-caption" class="visually-hidden">${t("admin.seatsTable")}</caption>
      <thead><tr>
        <th scope="col">${t("admin.seat")}</th><th scope="col">${t("admin.players")}</th><th scope="col">${t("admin.connected")}</th>
        <th scope="col">${t("admin.col.bot")}</th><th scope="col">${t("admin.col.closed")}</th><th scope="col">${t("admin.col.muted")}</th>
      </tr></thead>
      <tbody>
        ${v.seats.map((s) => {
          const humans = s.players.filter((x) => !x.bot);
          const online = humans.filter((x) => x.connected).length;
          return html`<tr data-seat-row=${s.id}>
            <th scope="row"><span class="seat-ref">${emblem(s)}${s.name}</span></th>
            <td>${humans.length === 0 ? html`<em>${t("seats.empty")}</em>` : humans.map((x) => x.name).join(", ")}</td>
            <td>${humans.length === 0 ? "—" : t("admin.online", { online, total: humans.length })}</td>
            ${toggle(s, "bot", `autopilot-${s.id}`, s.autopilot, t("admin.col.bot"), () => ctx.act({ type: "seat.autopilot", seat: s.id, on: !s.autopilot }))}
            ${toggle(s, "closed", `close-${s.id}`, s.closed, t("admin.col.closed"), () => ctx.act({ type: "seat.close", seat: s.id, closed: !s.closed }))}
            ${toggle(s, "muted", `mute-${s.id}`, mutedSeats.has(s.id), t("admin.col.muted"), () => ctx.act({ type: "chair.mute", target: { kind: "seat", seat: s.id }, muted: !mutedSeats.has(s.id) }))}
          </tr>`;
        })}
      </tbody>
    </table></div>`;
}
