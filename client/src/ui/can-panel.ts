// "What you can do now": the server's permissions for this viewer, with the reason for
// each one that is not open, in the viewer's language.
import { html, nothing } from "lit-html";
import { icon } from "./icons.ts";
import type { Permission, View } from "../../../shared/protocol/view.ts";
import { t, type MessageKey } from "../i18n/index.ts";
import { reasonOf } from "./controls.ts";

const PLAYER: [keyof View["can"], MessageKey][] = [
  ["claimSeat", "can.claimSeat"],
  ["requestFloor", "can.requestFloor"],
  ["speakPublic", "can.speakPublic"],
  ["teamChat", "can.teamChat"],
  ["backChannel", "can.backChannel"],
  ["table", "can.table"],
  ["cosponsor", "can.cosponsor"],
  ["amend", "can.amend"],
  ["vote", "can.vote"],
  ["explain", "can.explain"],
  ["answerPoll", "can.answerPoll"],
  ["raiseOrder", "can.raiseOrder"],
];
const CHAIR: [keyof View["can"], MessageKey][] = [
  ["start", "can.start"],
  ["advance", "can.advance"],
  ["pause", "can.pause"],
  ["resume", "can.resume"],
  ["extend", "can.extend"],
  ["nextSpeaker", "can.nextSpeaker"],
  ["callPoll", "can.callPoll"],
  ["end", "can.end"],
];
const IRRELEVANT = new Set(["role/not-allowed", "seat/already-seated", "role/not-seated"]);

export function canPanel(v: View, extra: [Permission, string][] = []) {
  if (v.me.kind === "spectator") return nothing;
  const table = v.me.kind === "facilitator" ? CHAIR : PLAYER;
  const items: [Permission, string][] = [...table.map(([k, label]): [Permission, string] => [v.can[k], t(label)]), ...extra];
  const shown = items.filter(([p]) => p.ok || !IRRELEVANT.has(p.code) || (v.me.kind === "player" && v.me.seat === null && p.code === "role/not-seated"));
  const open = shown.filter(([p]) => p.ok);
  const closed = shown.filter(([p]) => !p.ok);
  return html`<section class="card" aria-labelledby="can-heading">
    <h2 id="can-heading">${t("can.heading")}</h2>
    <ul class="can" data-testid="can">
      ${open.map(([, label]) => html`<li class="yes">${icon("check")} ${label}</li>`)}
      ${closed.map(([p, label]) => html`<li class="no">${icon("cross")} ${label} — <span class="reason">${reasonOf(p)}</span></li>`)}
    </ul>
  </section>`;
}
