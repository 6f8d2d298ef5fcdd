// The chamber in words: the canvas's label, so that everything it shows is also readable.
import type { View } from "../../../shared/protocol/view.ts";
import { formatPercent, t } from "../i18n/index.ts";
import { seatName } from "./describe.ts";
import { openQuestion } from "./vote-panel.ts";

export function describeChamber(v: View): string {
  const seats = v.seats
    .map((s) => `${s.name} (${s.autopilot ? t("seats.bot") : s.players.some((p) => p.connected) ? t("seats.connected") : s.players.length > 0 ? t("seats.away") : t("seats.empty")})`)
    .join(", ");
  const parts = [t("chamber.label", { seats })];
  const speaker = v.negotiation.floor.speaker;
  if (speaker) parts.push(t("chamber.speaker", { seat: seatName(v, speaker.seat) }));
  const q = openQuestion(v);
  if (q) {
    const ballots = (q.amendment ?? q.proposal).ballots;
    parts.push(t("chamber.voting", { question: q.id, voted: ballots.map((b) => seatName(v, b.seat)).join(", ") || "—" }));
  }
  parts.push(describeLinks(v));
  return parts.join(" ");
}

/** The links the chamber draws, in words. */
export function describeLinks(v: View): string {
  const parts: string[] = [];
  for (const s of v.crisis.statements.filter((x) => x.status === "made")) {
    parts.push(t("chamber.attribution", { by: (s.signers.length > 0 ? s.signers : [s.initiator]).map((x) => seatName(v, x)).join(", "), accused: seatName(v, s.accused) }));
  }
  for (const p of v.crisis.pledges.filter((x) => (x.status === "active" || x.status === "pending") && x.members.length > 1)) {
    parts.push(t("chamber.coalition", { seats: p.members.map((x) => seatName(v, x)).join(", ") }));
  }
  if (v.session.stage !== "lobby") parts.push(t("chamber.escalation", { value: Math.round(v.crisis.escalation) }));
  for (const n of v.crisis.norms.filter((x) => x.adopted)) parts.push(t("chamber.norm", { norm: n.title, strength: formatPercent(n.strength), stage: t(`norms.stage.${n.stage}`) }));
  return parts.join(" ");
}
