// Turns journal events into sentences in the current language, with seat, actor and player names from the view.
import type { JournalEntry } from "../../../shared/protocol/events.ts";
import type { View } from "../../../shared/protocol/view.ts";
import { colon, formatDuration, formatNumber, t, tk } from "../i18n/index.ts";

/** The name of a seat, or of a seatless actor (a criminal group, an absent state), or the id itself. */
export function seatName(view: View, id: string | null): string {
  if (id === null) return "";
  if (id === "chair") return t("chair.name");
  return view.seats.find((s) => s.id === id)?.name ?? view.actors.find((a) => a.id === id)?.name ?? id;
}

export function playerName(view: View, id: string): string {
  for (const s of view.seats) {
    const p = s.players.find((x) => x.id === id);
    if (p) return p.name;
  }
  return view.unseated.find((p) => p.id === id)?.name ?? id;
}

const stageName = (stage: string) => tk(`stage.${stage}`, stage);

export function describeEvent(view: View, entry: JournalEntry): string {
  const e = entry.event;
  const seat = (id: string | null) => seatName(view, id);
  switch (e.type) {
    case "player.joined":
      return t("event.player.joined", { name: e.name });
    case "seat.claimed":
      return t("event.seat.claimed", { name: playerName(view, e.playerId), seat: seat(e.seat) });
    case "session.locked":
      return t(e.locked ? "event.session.locked" : "event.session.unlocked");
    case "seat.closed":
      return t(e.closed ? "event.seat.closed" : "event.seat.opened", { seat: seat(e.seat) });
    case "seat.autopilot":
      return t(e.on ? "event.seat.autopilotOn" : "event.seat.autopilotOff", { seat: seat(e.seat) });
    case "session.started":
      return t("event.session.started");
    case "phase.changed":
      return e.stage === "ended" ? t("event.session.ended") : t("event.phase.changed", { round: e.round, stage: stageName(e.stage) });
    case "proposal.tabled":
      return t("event.proposal.tabled", { sponsor: seat(e.sponsor), proposal: e.proposal, title: e.title });
    case "vote.cast":
      return t("event.vote.cast", { seat: seat(e.seat), proposal: e.proposal });
    case "proposal.decided":
      return t(e.adopted ? "event.proposal.adopted" : "event.proposal.rejected", { proposal: e.proposal, yes: e.tally.yes, no: e.tally.no, abstain: e.tally.abstain });
    case "amendment.decided":
      return t(e.adopted ? "event.amendment.adopted" : "event.amendment.rejected", { amendment: e.amendment, yes: e.tally.yes, no: e.tally.no, abstain: e.tally.abstain });
    case "attribution.made":
      return t("event.attribution.made", { by: e.by.map(seat).join(", "), accused: seat(e.accused), mode: tk(`attribution.mode.${e.mode}`, e.mode) });
    case "session.paused":
      return t("event.session.paused");
    case "session.resumed":
      return t("event.session.resumed", { time: formatDuration(e.pausedMs) });
    case "session.ended":
      return t(e.early ? "event.session.endedEarly" : "event.session.ended");
    case "session.configured":
      return t("event.session.configured", { mode: tk(`votingMode.${e.votingMode}`, e.votingMode), silence: t(e.silenceProcedure ? "common.on" : "common.off") });
    case "phase.extended":
      return t("event.phase.extended", { time: formatDuration(e.seconds * 1000) });
    case "floor.requested":
      return t(e.reply === null ? "event.floor.requested" : "event.floor.reply", { seat: seat(e.seat) });
    case "floor.withdrawn":
      return t("event.floor.withdrawn", { seat: seat(e.seat) });
    case "floor.given":
      return e.yieldedBy ? t("event.floor.yielded", { seat: seat(e.seat), by: seat(e.yieldedBy) }) : t("event.floor.given", { seat: seat(e.seat) });
    case "floor.ended":
      return t("event.floor.ended", { seat: seat(e.seat), time: formatDuration(e.usedMs) });
    case "floor.configured":
      return t("event.floor.configured", { seconds: e.speakingSeconds, mode: t(e.automatic ? "floor.automatic" : "floor.manual") });
    case "chair.muted":
      return t(e.muted ? "event.chair.muted" : "event.chair.unmuted", { who: e.kind === "seat" ? seat(e.id) : playerName(view, e.id) });
    case "player.reassigned":
      return t("event.player.reassigned", { name: playerName(view, e.playerId), seat: seat(e.to) });
    case "head.changed":
      return e.playerId ? t("event.head.changed", { name: playerName(view, e.playerId), seat: seat(e.seat) }) : t("event.head.none", { seat: seat(e.seat) });
    case "player.removed":
      return t("event.player.removed", { name: playerName(view, e.playerId) });
    case "chair.broadcast":
      return t("event.chair.broadcast", { text: e.text });
    case "message.posted":
      if (e.channel === "public") return t("event.message.public", { seat: seat(e.from), text: e.text });
      if (e.channel === "team") return t("event.message.team", { seat: seat(e.from), text: e.text });
      return t("event.message.backChannel", { seat: seat(e.from), to: seat(e.to), text: e.text });
    case "proposal.cosponsored":
      return t(e.joined ? "event.proposal.cosponsored" : "event.proposal.uncosponsored", { seat: seat(e.seat), proposal: e.proposal });
    case "amendment.proposed":
      return t("event.amendment.proposed", { seat: seat(e.seat), amendment: e.amendment, proposal: e.proposal });
    case "amendment.answered":
      return t(e.accepted ? "event.amendment.accepted" : "event.amendment.contested", { amendment: e.amendment });
    case "amendment.withdrawn":
      return t("event.amendment.withdrawn", { amendment: e.amendment });
    case "question.opened":
      return t(e.silenceDeadline === null ? "event.question.opened" : "event.question.silence", { question: e.question });
    case "vote.explained":
      return t("event.vote.explained", { seat: seat(e.seat), proposal: e.proposal });
    case "vote.dissociated":
      return t("event.vote.dissociated", { seat: seat(e.seat), proposal: e.proposal });
    case "norm.adopted":
      return t("event.norm.adopted", { norm: view.crisis.norms.find((n) => n.id === e.norm)?.title ?? e.norm, proposal: e.proposal, count: e.adherents.length });
    case "cbm.established":
      return t("event.cbm.established", { cbm: cbmTitle(view, e.cbm), proposal: e.proposal });
    case "poll.called":
      return t("event.poll.called", { question: e.question });
    case "poll.answered":
      return t("event.poll.answered", { seat: seat(e.seat) });
    case "poll.closed":
      return t("event.poll.closed", { yes: e.yes, no: e.no, abstain: e.abstain });
    case "order.raised":
      return t("event.order.raised", { seat: seat(e.seat), text: e.text });
    case "order.ruled":
      return t(e.upheld ? "event.order.upheld" : "event.order.overruled", { seat: seat(e.seat) });
    case "inject.fired":
      return t("event.inject.fired", { title: e.title });
    case "evidence.received":
      return t("event.evidence.received", { seat: seat(e.seat), evidence: e.evidence });
    case "evidence.published":
      return t("event.evidence.published", { seat: seat(e.by), evidence: e.evidence });
    case "report.published":
      return t("event.report.published", { seat: seat(e.by), text: e.text });
    case "attribution.invited":
      return t("event.attribution.invited", { seat: seat(e.initiator), invitees: e.invitees.map(seat).join(", "), accused: seat(e.accused) });
    case "attribution.answered":
      return t("event.attribution.answered", { seat: seat(e.seat), answer: t(e.accepted ? "event.answer.signed" : "event.answer.declined") });
    case "attribution.lapsed":
      return t("event.attribution.lapsed");
    case "pledge.made":
      return t("event.pledge.made", { seat: seat(e.by), text: e.text });
    case "pledge.joined":
      return t("event.pledge.joined", { seat: seat(e.seat), pledge: e.pledge });
    case "pledge.activated":
      return t("event.pledge.activated", { pledge: e.pledge });
    case "pledge.settled":
      return t("event.pledge.settled", { pledge: e.pledge, kept: e.kept.map(seat).join(", ") || "—", broken: e.broken.map(seat).join(", ") || "—" });
    case "practice.chosen":
      return t("event.practice.chosen", { seat: seat(e.seat) });
    case "practice.revealed":
      return t("event.practice.revealed", { choices: e.choices.map((c) => `${seat(c.seat)}${colon()}${t(`response.${c.response}`)}`).join("; ") });
    case "norm.moved":
      return t("event.norm.moved", { norm: view.crisis.norms.find((n) => n.id === e.norm)?.title ?? e.norm, from: formatNumber(e.from, { maximumFractionDigits: 2 }), to: formatNumber(e.to, { maximumFractionDigits: 2 }), stage: tk(`norms.stage.${e.stage}`, e.stage) });
    case "escalation.moved":
      return t("event.escalation.moved", { from: Math.round(e.from), to: Math.round(e.to) });
    case "credibility.moved":
      return t("event.credibility.moved", { seat: seat(e.seat), delta: `${e.delta > 0 ? "+" : ""}${formatNumber(e.delta)}`, reason: e.reason });
    case "truth.revealed":
      return t("event.truth.revealed", { inject: view.crisis.injects.find((x) => x.id === e.inject)?.title ?? e.inject, perpetrator: seat(e.perpetrator), summary: e.summary });
    case "round.reported":
      return t("event.round.reported", { round: e.round });
    case "game.scored":
      return t("event.game.scored", { ranking: e.ranking.map((r) => `${seat(r.seat)} ${formatNumber(r.total)}`).join(", ") });
    default:
      return describeOther(view, e);
  }
}

/** Events added to the engine after this client was written are shown by their type, never hidden. */
function describeOther(_view: View, e: { type: string }): string {
  return tk(`event.${e.type}`, e.type);
}

export function cbmTitle(view: View, id: string | null): string {
  if (id === null) return "";
  return view.negotiation.cbms.find((c) => c.id === id)?.title ?? id;
}
