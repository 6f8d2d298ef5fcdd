// What an audience sees of the negotiation: the speakers list, messages of the channels it may
// read, straw polls, points of order, CBMs, proposals' amendments and co-sponsors. Private
// channels stay private here: team chat to the seat, the back channel to its two seats, the
// chair reads all.
import type { JournalEntry } from "../protocol/events.ts";
import type { NegotiationView } from "../protocol/view-negotiation.ts";
import { RULES } from "../rules/constants.ts";
import { namesEntry } from "../rules/handlers/floor.ts";
import type { CbmState, Floor, Mutes, PointOfOrder, StrawPoll } from "../rules/negotiation-state.ts";
import type { GameState, Proposal } from "../rules/state.ts";
import type { Scenario } from "../scenario/schema.ts";
import type { Audience } from "./audience.ts";
import type { Memo } from "./memo.ts";
import { deferred, type ViewOptions } from "./permissions.ts";
import type { JournalTails } from "./tails.ts";

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

export function negotiationView(state: GameState, audience: Audience, memo: Memo, tails: JournalTails | undefined, options: ViewOptions): NegotiationView {
  const chair = audience.kind === "facilitator";
  const mySeat = audience.kind === "seat" ? audience.seat : null;
  const view: Omit<NegotiationView, "messages" | "replies"> = {
    paused: state.paused,
    procedure: memo.section("procedure", (p: GameState["procedure"]) => ({ ...p }), state.procedure),
    silence: state.silence,
    floor: memo.section("floor", floorView, state.floor),
    muted: memo.section("muted", mutedView, state.muted),
    strawPolls: memo.each("strawPolls", state.strawPolls, strawPollView, chair, mySeat),
    pointsOfOrder: memo.section("pointsOfOrder", pointsOfOrderView, state.pointsOfOrder, chair, mySeat),
    cbms: memo.section("cbms", cbmsView, state.scenario, state.cbms),
  };
  const full = view as NegotiationView;
  if (tails) {
    full.messages = tails.messages(state.journal);
    full.replies = tails.replies(state.journal, state.floor.replies);
    return full;
  }
  deferred(full, "messages", () => messagesFor(state.journal, audience), options);
  return deferred(full, "replies", () => (mySeat === null ? [] : openReplies(state, mySeat)), options);
}

function floorView(f: Floor): NegotiationView["floor"] {
  return {
    speaker: f.speaker,
    queue: f.queue.map((r) => ({ seat: r.seat, reply: r.reply })),
    speakingSeconds: f.speakingSeconds,
    automatic: f.automatic,
    openDebate: f.openDebate,
    used: { ...f.used },
  };
}

function mutedView(m: Mutes): NegotiationView["muted"] {
  return { seats: [...m.seats], players: [...m.players] };
}

function strawPollView(p: StrawPoll, chair: boolean, mySeat: string | null): NegotiationView["strawPolls"][number] {
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
}

function pointsOfOrderView(points: readonly PointOfOrder[], chair: boolean, mySeat: string | null): NegotiationView["pointsOfOrder"] {
  return points.filter((p) => chair || p.seat === mySeat).map((p) => ({ id: p.id, seat: p.seat, text: p.text, at: p.at, ruling: p.ruling }));
}

function cbmsView(scenario: Scenario, cbms: Readonly<Record<string, CbmState>>): NegotiationView["cbms"] {
  return scenario.cbms.map((c) => {
    const s = cbms[c.id];
    return { id: c.id, title: c.title, text: c.text, established: s?.established ?? false, round: s?.round ?? null, participants: [...(s?.participants ?? [])] };
  });
}

export type MessageView = NegotiationView["messages"]["public"][number];
export type Channel = keyof NegotiationView["messages"];

/** The message an entry carries and its channel, if the audience may read it; null otherwise. */
export function messageOf(entry: JournalEntry, audience: Audience): { channel: Channel; message: MessageView } | null {
  const e = entry.event;
  const { at, round } = entry;
  if (e.type === "chair.broadcast") return { channel: "public", message: { id: `M${entry.seq}`, from: "chair", by: "chair", to: null, text: e.text, names: [], at, round } };
  if (e.type !== "message.posted") return null;
  const a = entry.audience;
  if (audience.kind !== "facilitator" && a.kind !== "public" && !(a.kind === "seats" && audience.kind === "seat" && a.seats.includes(audience.seat))) return null;
  const channel: Channel = e.channel === "public" ? "public" : e.channel === "team" ? "team" : "backChannel";
  return { channel, message: { id: e.message, from: e.from, by: e.by, to: e.to, text: e.text, names: [...e.names], at, round } };
}

/**
 * The latest messages of each channel the audience may read, from the journal (where messages
 * live), looking back at most RULES.viewMessageWindow entries: older ones are the debrief's.
 */
function messagesFor(journal: readonly JournalEntry[], audience: Audience): NegotiationView["messages"] {
  const out: NegotiationView["messages"] = { public: [], team: [], backChannel: [] };
  const max = RULES.viewMessages;
  const oldest = Math.max(0, journal.length - RULES.viewMessageWindow);
  for (let i = journal.length - 1; i >= oldest; i--) {
    if (out.public.length >= max && out.team.length >= max && out.backChannel.length >= max) break;
    const entry = journal[i];
    const found = entry ? messageOf(entry, audience) : null;
    if (found && out[found.channel].length < max) out[found.channel].push(found.message);
  }
  for (const list of [out.public, out.team, out.backChannel]) list.reverse();
  return out;
}

/** Recent journal entries naming the seat that it has not yet answered; only a bounded tail is read. */
function openReplies(state: GameState, seat: string): number[] {
  const out: number[] = [];
  const from = Math.max(0, state.journal.length - RULES.replyWindow);
  for (let i = from; i < state.journal.length; i++) {
    const entry = state.journal[i];
    if (entry && namesEntry(entry, seat) && !state.floor.replies.includes(`${entry.seq}:${seat}`)) out.push(entry.seq);
  }
  return out;
}
