// What the chamber draws, computed from the view: the seats (presence, bots, the speaker with
// the share of speaking time left, the queue, ballots on the open question), coalitions (one link
// per pair of pledgers, weighted by how many pledges they share), this round's attributions
// (by confidence and mode), the proposals on the table with their sponsors, the escalation index
// as the room's atmosphere, and the norms' strength and life-cycle stage. The scene draws this
// model and decides nothing; chamber-text.ts words the same model for the DOM, item by item.
import type { View } from "../../../shared/protocol/view.ts";
import { formatDuration, t, tk } from "../i18n/index.ts";

export type Ballot = "yes" | "no" | "abstain" | "secret";

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
  ballot: Ballot | null;
};

/** Someone accused who holds no seat (a criminal group, an absent state). */
export type ChamberActor = { id: string; name: string };
export type Speaker = { seat: string; clock: string; fraction: number };
export type Coalition = { a: string; b: string; pledges: number };
export type Attribution = { id: string; by: string[]; accused: string; confidence: "low" | "medium" | "high"; mode: "private" | "public" | "joint" };
export type ProposalCard = { id: string; title: string; status: "tabled" | "voting" | "adopted" | "rejected"; sponsors: string[] };
export type NormBar = { id: string; title: string; strength: number; stage: "none" | "emergence" | "cascade" | "internalized" };
/** Above this index the room pulses (unless motion is reduced). */
export const TENSE = 40;
export const HIGH = 70;

export type ChamberModel = {
  seats: ChamberSeat[];
  actors: ChamberActor[];
  speaker: Speaker | null;
  coalitions: Coalition[];
  attributions: Attribution[];
  proposals: ProposalCard[];
  norms: NormBar[];
  /** 0–100, or null in the lobby. */
  escalation: number | null;
  title: string;
  subtitle: string;
  labels: { chair: string; noNorms: string; escalation: string; stages: Record<"emergence" | "cascade" | "internalized", string> };
  reducedMotion: boolean;
  /** Changes when anything drawn changes except the speaker's clock. */
  signature: string;
};

const pairKey = (a: string, b: string) => (a < b ? `${a}+${b}` : `${b}+${a}`);

export function chamberModel(v: View, now: number, opts: { reducedMotion?: boolean } = {}): ChamberModel {
  const f = v.negotiation.floor;
  const qid = v.question;
  let ballots: { seat: string; choice: "yes" | "no" | "abstain" | null }[] = [];
  let title = "";
  for (const p of v.proposals) {
    if (p.id === qid) {
      ballots = p.ballots;
      title = `${p.id}: ${p.title}`;
    }
    const a = p.amendments.find((x) => x.id === qid);
    if (a) {
      ballots = a.ballots;
      title = t("vote.amendmentTo", { amendment: a.id, proposal: p.id });
    }
  }
  const seats: ChamberSeat[] = v.seats.map((s) => {
    const b = ballots.find((x) => x.seat === s.id);
    const qi = f.queue.findIndex((q) => q.seat === s.id);
    const people = s.players.filter((p) => !p.bot);
    return {
      id: s.id,
      name: s.name,
      colour: s.emblem.colour,
      shape: s.emblem.shape,
      observer: s.kind === "observer",
      bot: s.autopilot,
      connected: s.autopilot || people.some((p) => p.connected),
      occupied: s.autopilot || people.length > 0,
      speaking: f.speaker?.seat === s.id,
      queued: qi < 0 ? null : qi + 1,
      ballot: b ? (b.choice ?? "secret") : null,
    };
  });
  const seatIds = new Set(seats.map((s) => s.id));

  // Coalitions: every pair of members of a live pledge, thicker for each pledge they share.
  const pairs = new Map<string, Coalition>();
  for (const p of v.crisis.pledges) {
    if (p.status !== "active" && p.status !== "pending") continue;
    const members = [...new Set(p.members)].filter((m) => seatIds.has(m));
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i] ?? "", members[j] ?? ""].sort();
        const key = pairKey(a ?? "", b ?? "");
        const link = pairs.get(key) ?? { a: a ?? "", b: b ?? "", pledges: 0 };
        link.pledges++;
        pairs.set(key, link);
      }
    }
  }
  // Attributions made this round stay on the floor until the next round begins.
  const attributions: Attribution[] = v.crisis.statements
    .filter((s) => s.status === "made" && (s.madeRound ?? s.round) === v.session.round)
    .map((s) => ({ id: s.id, by: s.signers.length > 0 ? s.signers : [s.initiator], accused: s.accused, confidence: s.confidence, mode: s.mode }));
  const actors = [...new Set(attributions.map((a) => a.accused).filter((id) => !seatIds.has(id)))].map((id) => ({ id, name: v.actors.find((a) => a.id === id)?.name ?? id }));
  // The proposals of this round (and any still open): cards on the table, sponsors linked.
  const proposals: ProposalCard[] = v.proposals
    .filter((p) => p.round === v.session.round || p.status === "tabled" || p.status === "voting")
    .slice(-6)
    .map((p) => ({ id: p.id, title: p.title, status: p.status, sponsors: [p.sponsor, ...p.cosponsors].filter((s) => seatIds.has(s)) }));
  const norms: NormBar[] = v.crisis.norms.filter((n) => n.adopted).map((n) => ({ id: n.id, title: n.title, strength: n.strength, stage: n.stage }));

  const total = f.speakingSeconds * 1000;
  const speaker = f.speaker ? { seat: f.speaker.seat, clock: formatDuration(f.speaker.deadline - now), fraction: Math.max(0, Math.min(1, (f.speaker.deadline - now) / Math.max(1, total))) } : null;
  const stage = tk(`stage.${v.session.stage}`, v.session.stage);
  const subtitle = v.session.stage === "lobby" || v.session.stage === "ended" ? stage : `${t("session.round", { round: v.session.round, rounds: v.session.rounds })} · ${stage}`;
  const escalation = v.session.stage === "lobby" ? null : Math.round(v.crisis.escalation);
  const model: ChamberModel = {
    seats,
    actors,
    speaker,
    coalitions: [...pairs.values()],
    attributions,
    proposals,
    norms,
    escalation,
    title: title || subtitle,
    subtitle: title ? subtitle : "",
    labels: {
      chair: t("chair.name"),
      noNorms: t("norms.none"),
      escalation: escalation === null ? "" : t("chamber.escalation", { value: escalation }),
      stages: { emergence: t("norms.stage.emergence"), cascade: t("norms.stage.cascade"), internalized: t("norms.stage.internalized") },
    },
    reducedMotion: opts.reducedMotion ?? false,
    signature: "",
  };
  model.signature = JSON.stringify([seats, actors, speaker?.seat ?? null, model.coalitions, attributions, proposals, norms, escalation, model.title, model.subtitle, model.labels, model.reducedMotion]);
  return model;
}
