// A tally as text and as a bar (the bar repeats the text; patterns, not colour alone), and
// the roll-call ballots.
import { html, nothing } from "lit-html";
import type { Tally } from "../../../shared/protocol/events.ts";
import type { View } from "../../../shared/protocol/view.ts";
import { colon, t } from "../i18n/index.ts";
import { seatName } from "./describe.ts";

type Ballots = { seat: string; choice: "yes" | "no" | "abstain" | null }[];

function count(ballots: Ballots) {
  const c = { yes: 0, no: 0, abstain: 0, secret: 0 };
  for (const b of ballots) c[b.choice ?? "secret"]++;
  return c;
}

export function tallyLine(v: View, target: { tally: Tally | null; ballots: Ballots }, id: string) {
  const tl = target.tally;
  if (tl) {
    return html`<p class="tally" data-testid=${`tally-${id}`}>
      ${t("vote.tally", { yes: tl.yes, no: tl.no, abstain: tl.abstain, present: tl.presentAndVoting, required: tl.required })}
      <strong class=${tl.adopted ? "ok" : "bad"}>${t(tl.adopted ? "proposals.status.adopted" : "proposals.status.rejected")}</strong>
    </p>${tallyBar(tl.yes, tl.no, tl.abstain, 0)}`;
  }
  const c = count(target.ballots);
  const voters = v.seats.filter((s) => s.kind === "delegation" && s.head !== null).length;
  return html`<p class="tally live" data-testid=${`live-${id}`}>${t("vote.live", { cast: target.ballots.length, of: voters })}
    ${c.secret === target.ballots.length && c.secret > 0 ? nothing : html` — ${t("vote.liveCounts", { yes: c.yes, no: c.no, abstain: c.abstain })}`}</p>
    ${tallyBar(c.yes, c.no, c.abstain, c.secret)}`;
}

export function tallyBar(yes: number, no: number, abstain: number, secret: number) {
  const total = Math.max(1, yes + no + abstain + secret);
  const seg = (n: number, cls: string) => (n > 0 ? html`<span class="seg ${cls}" style="flex:${n / total}">${n}</span>` : nothing);
  return html`<div class="tally-bar" aria-hidden="true">${seg(yes, "yes")}${seg(no, "no")}${seg(abstain, "abstain")}${seg(secret, "secret")}</div>`;
}

export function ballotsList(v: View, ballots: Ballots) {
  if (ballots.length === 0) return nothing;
  return html`<ul class="ballots">
    ${ballots.map((b) => html`<li class=${b.choice ?? "secret"}>${seatName(v, b.seat)}${colon()}${b.choice ? t(`vote.${b.choice}`) : t("vote.secret")}</li>`)}
  </ul>`;
}
