// What the chamber draws, computed from the view: seats with emblems and presence, the
// speaker and the queue, ballots on the open question, links between seats (coalitions,
// attributions) and the escalation gauge. The scene draws this model and decides nothing.
import type { View } from "../../../shared/protocol/view.ts";
import { formatDuration, formatPercent, t, tk } from "../i18n/index.ts";

export type ChamberSeat = {
  id: string;
  name: string;
  colour: string;
  shape: string;
  observer: boolean;
  /** Played by a bot (autopilot). */
  bot: boolean;
  connected: boolean;
  occupied: boolean;
  speaking: boolean;
  queued: number | null;
  /** The ballot on the open question: a choice when visible, "secret" when cast in secret, null when not cast. */
  ballot: "yes" | "no" | "abstain" | "secret" | null;
};

export type ChamberLink = { from: string; to: string; kind: "coalition" | "attribution" };

export type ChamberModel = {
  seats: ChamberSeat[];
  links: ChamberLink[];
  title: string;
  subtitle: string;
  /** 0–100 when the view has an escalation index. */
  escalation: number | null;
  escalationLabel: string;
  speakerClock: string | null;
  /** Adopted norms: strength 0–1 and the life-cycle stage in words. */
  norms: { title: string; strength: number; detail: string; symbol: string }[];
  /** Changes when anything drawn changes (the scene redraws only then). */
  signature: string;
};

export type ChamberExtras = { links: ChamberLink[]; escalation: number | null };

/** Coalition lines between the members of each live pledge; arrows from the signers of each attribution made to the accused. */
export function crisisExtras(v: View): ChamberExtras {
  const links: ChamberLink[] = [];
  for (const p of v.crisis.pledges) {
    if (p.status !== "active" && p.status !== "pending") continue;
    for (const m of p.members) if (m !== p.by) links.push({ from: p.by, to: m, kind: "coalition" });
  }
  for (const s of v.crisis.statements) {
    if (s.status !== "made") continue;
    for (const by of s.signers.length > 0 ? s.signers : [s.initiator]) links.push({ from: by, to: s.accused, kind: "attribution" });
  }
  return { links, escalation: v.session.stage === "lobby" ? null : v.crisis.escalation };
}

export function chamberModel(v: View, now: number, extras: ChamberExtras = crisisExtras(v)): ChamberModel {
  const f = v.negotiation.floor;
  const qid = v.question;
  let ballots: { seat: string; choice: "yes" | "no" | "abstain" | null }[] = [];
  let title = "";
  for (const p of v.proposals) {
    if (p.id === qid) { ballots = p.ballots; title = `${p.id}: ${p.title}`; }
    const a = p.amendments.find((x) => x.id === qid);
    if (a) { ballots = a.ballots; title = t("vote.amendmentTo", { amendment: a.id, proposal: p.id }); }
  }
  const seats: ChamberSeat[] = v.seats.map((s) => {
    const b = ballots.find((x) => x.seat === s.id);
    const qi = f.queue.findIndex((q) => q.seat === s.id);
    return {
      id: s.id,
      name: s.name,
      colour: s.emblem.colour,
      shape: s.emblem.shape,
      observer: s.kind === "observer",
      bot: s.autopilot,
      connected: s.players.some((p) => p.connected),
      occupied: s.players.length > 0,
      speaking: f.speaker?.seat === s.id,
      queued: qi < 0 ? null : qi + 1,
      ballot: b ? (b.choice ?? "secret") : null,
    };
  });
  const stage = tk(`stage.${v.session.stage}`, v.session.stage);
  const subtitle = v.session.stage === "lobby" || v.session.stage === "ended" ? stage : `${t("session.round", { round: v.session.round, rounds: v.session.rounds })} · ${stage}`;
  const speakerClock = f.speaker ? formatDuration(f.speaker.deadline - now) : null;
  const escalationLabel = extras.escalation === null ? "" : t("chamber.escalation", { value: Math.round(extras.escalation) });
  const symbols: Record<string, string> = { emergence: "◔", cascade: "◑", internalized: "●" };
  const norms = v.crisis.norms
    .filter((n) => n.adopted)
    .map((n) => ({ title: n.title, strength: n.strength, detail: `${formatPercent(n.strength)} · ${tk(`norms.stage.${n.stage}`, n.stage)}`, symbol: symbols[n.stage] ?? "·" }));
  const model = { seats, links: extras.links, title: title || subtitle, subtitle: title ? subtitle : "", escalation: extras.escalation, escalationLabel, speakerClock, norms, signature: "" };
  model.signature = JSON.stringify([seats, extras, model.title, model.subtitle, speakerClock, escalationLabel, norms]);
  return model;
}
