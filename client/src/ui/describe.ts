// Turns journal events into sentences, with seat and player names from the view.
import type { JournalEntry } from "../../../shared/protocol/events.ts";
import type { View } from "../../../shared/protocol/view.ts";
import { t } from "../i18n/index.ts";

export function seatName(view: View, id: string): string {
  return view.seats.find((s) => s.id === id)?.name ?? id;
}

function playerName(view: View, id: string): string {
  for (const s of view.seats) {
    const p = s.players.find((x) => x.id === id);
    if (p) return p.name;
  }
  return view.unseated.find((p) => p.id === id)?.name ?? id;
}

export function describeEvent(view: View, entry: JournalEntry): string {
  const e = entry.event;
  switch (e.type) {
    case "player.joined":
      return t("event.player.joined", { name: e.name });
    case "seat.claimed":
      return t("event.seat.claimed", { name: playerName(view, e.playerId), seat: seatName(view, e.seat) });
    case "session.started":
      return t("event.session.started");
    case "phase.changed":
      return t("event.phase.changed", { round: e.round, stage: t(`stage.${e.stage}`) });
    case "proposal.tabled":
      return t("event.proposal.tabled", { sponsor: seatName(view, e.sponsor), proposal: e.proposal, title: e.title });
    case "vote.cast":
      return t("event.vote.cast", { seat: seatName(view, e.seat), proposal: e.proposal });
    case "proposal.decided":
      return t(e.adopted ? "event.proposal.decided.adopted" : "event.proposal.decided.rejected", {
        proposal: e.proposal,
        yes: e.tally.yes,
        no: e.tally.no,
        abstain: e.tally.abstain,
      });
    default:
      // Events without a sentence yet are shown by their type rather than hidden.
      return (e as { type: string }).type;
  }
}
