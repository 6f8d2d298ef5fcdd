// What only the viewer has: who they are (`me`) and what they may do now (`can`). Each
// permission asks the engine about a representative action (permissions.ts), so the UI never
// disagrees with the rules. Everything else in a view is the audience's (audience-view.ts).
import type { Action } from "../protocol/actions.ts";
import type { PersonalView } from "../protocol/view.ts";
import type { CrisisCan } from "../protocol/view-crisis.ts";
import type { NegotiationCan } from "../protocol/view-negotiation.ts";
import type { GameState } from "../rules/state.ts";
import type { Viewer } from "./audience.ts";
import { permissionSet, prober, type ViewOptions } from "./permissions.ts";

type CoreKey = "claimSeat" | "start" | "advance" | "table" | "vote" | "autopilot" | "closeSeat" | "lock";

export function personalView(state: GameState, viewer: Viewer, now: number, options: ViewOptions = {}): PersonalView {
  return { me: meOf(state, viewer), can: canOf(state, viewer, now, options) };
}

export function meOf(state: GameState, viewer: Viewer): PersonalView["me"] {
  if (viewer.kind !== "player") return { kind: viewer.kind };
  const player = state.players[viewer.playerId];
  const seat = player?.seat ?? null;
  return {
    kind: "player",
    playerId: viewer.playerId,
    name: player?.name ?? "",
    seat,
    isHead: seat !== null && state.seats[seat]?.head === viewer.playerId,
    muted: state.muted.players.includes(viewer.playerId) || (seat !== null && state.muted.seats.includes(seat)),
  };
}

/** Every permission of the viewer, judged by the engine now (or, when lazy, on first read). */
export function canOf(state: GameState, viewer: Viewer, now: number, options: ViewOptions = {}): PersonalView["can"] {
  return permissionSet(prober(state, viewer, now), probeTable(state, viewer), options);
}

/** The representative action behind every permission of the viewer, with the likeliest arguments. */
export function probeTable(state: GameState, viewer: Viewer): Readonly<Record<keyof PersonalView["can"], Action>> {
  const seat = seatOf(state, viewer);
  return Object.assign({}, ...PROBE_GROUPS.map((group) => group(state, seat))) as Readonly<Record<keyof PersonalView["can"], Action>>;
}

/** A group of the table: its actions depend on the state and on the viewer's seat only. */
type ProbeGroup = (state: GameState, seat: string | null) => Readonly<Partial<Record<keyof PersonalView["can"], Action>>>;
export const seatOf = (state: GameState, viewer: Viewer) => (viewer.kind === "player" ? (state.players[viewer.playerId]?.seat ?? null) : null);

/** The table in groups that read different parts of the state, so a change re-derives only the groups it concerns (rights.ts). */
export const PROBE_GROUPS: readonly ProbeGroup[] = [(state) => coreProbes(state), negotiationProbes, crisisProbes];

/** The representative action behind each core permission; the engine judges each (permissions.ts). */
function coreProbes(state: GameState): Readonly<Record<CoreKey, Action>> {
  const seats = Object.values(state.seats);
  const freeSeat = seats.find((s) => s.head === null)?.id ?? seats[0]?.id ?? "";
  const manual = seats.find((s) => s.autopilot === null) ?? seats[0];
  const open = seats.find((s) => !s.closed) ?? seats[0];
  return {
    autopilot: { type: "seat.autopilot", seat: manual?.id ?? "", on: manual?.autopilot === null },
    closeSeat: { type: "seat.close", seat: open?.id ?? "", closed: open?.closed !== true },
    lock: { type: "session.lock", locked: !state.locked },
    claimSeat: { type: "seat.claim", seat: freeSeat },
    start: { type: "session.start" },
    advance: { type: "phase.advance" },
    table: { type: "proposal.table", title: "probe", text: "probe" },
    vote: { type: "vote.cast", proposal: state.question ?? "none", choice: "abstain" },
  };
}

/** The representative action behind each negotiation permission . */
function negotiationProbes(state: GameState, mySeat: string | null): Readonly<Record<keyof NegotiationCan, Action>> {
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

/** The representative action behind each crisis permission, with the likeliest arguments. */
function crisisProbes(state: GameState, seat: string | null): Readonly<Record<keyof CrisisCan, Action>> {
  const c = state.crisis;
  const inject = c.injects.filter((x) => x.round === state.round).at(-1)?.id ?? c.injects.at(-1)?.id ?? "none";
  const other = Object.keys(state.seats).find((s) => s !== seat) ?? "none";
  const held = Object.values(c.evidence).find((e) => !e.public && seat !== null && e.holders.some((h) => h.seat === seat))?.key ?? "none";
  const invited = c.statements.find((s) => s.status === "pending" && s.invitations.some((i) => i.seat === seat && i.accepted === null))?.id ?? "none";
  const initiated = c.statements.find((s) => s.status === "pending" && s.initiator === seat)?.id ?? "none";
  const joinable = c.pledges.find((p) => (p.status === "pending" || p.status === "active") && seat !== null && !p.members.includes(seat))?.id ?? "none";
  const unfired = state.scenario.injects.find((x) => !c.injects.some((f) => f.id === x.id))?.id ?? "none";
  return {
    fireInject: { type: "inject.fire", inject: unfired },
    writeInject: { type: "inject.write", title: "probe", narrative: "probe", victims: [other], norms: [], evidence: [] },
    investigate: { type: "evidence.investigate", inject },
    shareEvidence: { type: "evidence.share", evidence: held, with: [other] },
    publishEvidence: { type: "evidence.publish", evidence: held },
    publishReport: { type: "report.publish", inject, evidence: [], text: "probe" },
    attribute: { type: "attribution.make", inject, accused: other, confidence: "medium", mode: "public", cosigners: [] },
    answerInvitation: { type: "attribution.answer", statement: invited, accept: false },
    publishStatement: { type: "attribution.publish", statement: initiated },
    pledge: { type: "pledge.make", text: "probe", commitment: { kind: "restraint" } },
    joinPledge: { type: "pledge.join", pledge: joinable },
    choosePractice: { type: "practice.choose", response: "restraint" },
  };
}
