// What each viewer sees of the negotiation: the speakers list, messages of the channels they
// may read, straw polls, points of order, CBMs, proposals' amendments and co-sponsors, and
// what they may do now. Private channels stay private here: team chat to the seat, the
// back channel to its two seats, the chair reads all.
import type { NegotiationCan, NegotiationView } from "../protocol/view-negotiation.ts";
import { RULES } from "../rules/constants.ts";
import { namesSeat } from "../rules/handlers/floor.ts";
import type { GameState, Proposal } from "../rules/state.ts";
import type { Action } from "../protocol/actions.ts";
import { deferred, type ViewOptions } from "./permissions.ts";

type Viewer = { readonly kind: "facilitator" } | { readonly kind: "player"; readonly playerId: string } | { readonly kind: "spectator" };

/** A proposal's negotiation fields; `sees` says whether the viewer may see a seat's ballot choice. */
export function proposalNegotiation(p: Proposal, sees: (seat: string) => boolean) {
  return {
    kind: p.subject.kind,
    norm: p.subject.kind === "norm-adoption" ? p.subject.norm : null,
    cbm: p.subject.kind === "cbm" ? p.subject.cbm : null,
    binding: p.binding,
    originalText: p.originalText,
    cosponsors: [...p.cosponsors],
    amendments: p.amendments.map((a) => ({
      id: a.id,
      seat: a.seat,
      text: a.text,
      status: a.status,
      ballots: a.ballots.map((b) => ({ seat: b.seat, choice: sees(b.seat) ? b.choice : null })),
      tally: a.tally,
    })),
    explanations: p.explanations.map((e) => ({ seat: e.seat, text: e.text })),
    dissociated: [...p.dissociated],
    silent: [...p.silent],
  };
}

export function negotiationView(state: GameState, viewer: Viewer, mySeat: string | null, options: ViewOptions = {}): NegotiationView {
  const chair = viewer.kind === "facilitator";
  const f = state.floor;
  const view: Omit<NegotiationView, "messages" | "replies"> = {
    paused: state.paused,
    procedure: { ...state.procedure },
    silence: state.silence,
    floor: {
      speaker: f.speaker,
      queue: f.queue.map((r) => ({ seat: r.seat, reply: r.reply })),
      speakingSeconds: f.speakingSeconds,
      automatic: f.automatic,
      openDebate: f.openDebate,
      used: { ...f.used },
    },
    muted: {
      seats: [...state.muted.seats],
      players: [...state.muted.players],
      me:
        viewer.kind === "player" &&
        (state.muted.players.includes(viewer.playerId) || (mySeat !== null && state.muted.seats.includes(mySeat))),
    },
    strawPolls: state.strawPolls.map((p) => {
      const shown = !p.open || chair;
      const count = (c: string) => p.answers.filter((a) => a.choice === c).length;
      return {
        id: p.id,
        question: p.question,
        round: p.round,
        open: p.open,
        answered: p.answers.map((a) => a.seat),
        answers: p.answers.map((a) => ({ seat: a.seat, choice: shown || a.seat === mySeat ? a.choice : null })),
        result: p.open ? null : { yes: count("yes"), no: count("no"), abstain: count("abstain") },
      };
    }),
    pointsOfOrder: state.pointsOfOrder
      .filter((p) => chair || p.seat === mySeat)
      .map((p) => ({ id: p.id, seat: p.seat, text: p.text, at: p.at, ruling: p.ruling })),
    cbms: state.scenario.cbms.map((c) => {
      const s = state.cbms[c.id];
      return { id: c.id, title: c.title, text: c.text, established: s?.established ?? false, round: s?.round ?? null, participants: [...(s?.participants ?? [])] };
    }),
  };
  const full = view as NegotiationView;
  deferred(full, "messages", () => messagesFor(state, chair, mySeat), options);
  return deferred(full, "replies", () => (mySeat === null ? [] : openReplies(state, mySeat)), options);
}

type MessageView = NegotiationView["messages"]["public"][number];

/**
 * The latest messages of each channel the viewer may read, from the journal (where messages
 * live). Reading goes by the entry's audience, as for the journal itself: team chat to its
 * seat, the back channel to its two seats, everything to the chair.
 */
function messagesFor(state: GameState, chair: boolean, mySeat: string | null): NegotiationView["messages"] {
  const out: NegotiationView["messages"] = { public: [], team: [], backChannel: [] };
  const max = RULES.viewMessages;
  const oldest = Math.max(0, state.journal.length - RULES.viewMessageWindow);
  for (let i = state.journal.length - 1; i >= oldest; i--) {
    if (out.public.length >= max && out.team.length >= max && out.backChannel.length >= max) break;
    const entry = state.journal[i];
    if (!entry) continue;
    const e = entry.event;
    const at = entry.at;
    const round = entry.round;
    if (e.type === "chair.broadcast") {
      if (out.public.length < max) out.public.push({ id: `M${entry.seq}`, from: "chair", by: "chair", to: null, text: e.text, names: [], at, round });
      continue;
    }
    if (e.type !== "message.posted") continue;
    const a = entry.audience;
    if (!chair && a.kind !== "public" && !(a.kind === "seats" && mySeat !== null && a.seats.includes(mySeat))) continue;
    const list = e.channel === "public" ? out.public : e.channel === "team" ? out.team : out.backChannel;
    if (list.length < max) list.push({ id: e.message, from: e.from, by: e.by, to: e.to, text: e.text, names: [...e.names], at, round });
  }
  for (const list of [out.public, out.team, out.backChannel] as MessageView[][]) list.reverse();
  return out;
}

/** Recent journal entries naming the seat that it has not yet answered; only a bounded tail is read. */
function openReplies(state: GameState, seat: string): number[] {
  const out: number[] = [];
  const from = Math.max(0, state.journal.length - RULES.replyWindow);
  for (let i = from; i < state.journal.length; i++) {
    const seq = i + 1;
    if (namesSeat(state, seq, seat) && !state.floor.replies.includes(`${seq}:${seat}`)) out.push(seq);
  }
  return out;
}

/** The representative action behind each negotiation permission (view-for.ts asks the engine about each). */
export function negotiationProbes(state: GameState, mySeat: string | null): Readonly<Record<keyof NegotiationCan, Action>> {
  const seats = Object.keys(state.seats);
  const other = seats.find((s) => s !== mySeat) ?? "";
  const tabled = state.proposals.find((p) => p.status === "tabled" && p.sponsor !== mySeat);
  const question = state.question?.split(".")[0];
  const explained = question ?? [...state.proposals].reverse().find((p) => p.status !== "tabled")?.id ?? "none";
  const poll = state.strawPolls.find((p) => p.open)?.id ?? "none";
  return {
    pause: { type: "session.pause" },
    resume: { type: "session.resume" },
    extend: { type: "phase.extend", seconds: 60 },
    end: { type: "session.end" },
    configure: { type: "session.configure" },
    chair: { type: "chair.broadcast", text: "probe" },
    requestFloor: { type: "floor.request" },
    withdrawFloor: { type: "floor.withdraw" },
    yieldFloor: { type: "floor.yield", to: null },
    giveFloor: { type: "floor.give", seat: state.floor.queue[0]?.seat ?? seats[0] ?? "" },
    nextSpeaker: { type: "floor.next" },
    configureFloor: { type: "floor.configure" },
    speakPublic: { type: "message.public", text: "probe" },
    teamChat: { type: "message.team", text: "probe" },
    backChannel: { type: "message.back-channel", to: other, text: "probe" },
    cosponsor: {
      type: "proposal.cosponsor",
      proposal: tabled?.id ?? "none",
      join: !(mySeat !== null && tabled?.cosponsors.includes(mySeat)),
    },
    amend: { type: "amendment.propose", proposal: tabled?.id ?? "none", text: "probe" },
    explain: { type: "vote.explain", proposal: explained, text: "probe" },
    callPoll: { type: "poll.call", question: "probe" },
    answerPoll: { type: "poll.answer", poll, choice: "abstain" },
    raiseOrder: { type: "order.raise", text: "probe" },
  };
}
