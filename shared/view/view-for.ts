// What each viewer may see and do. Secrecy lives here and nowhere else: the room sends each
// client exactly viewFor(state, its viewer), never the engine state.
import type { Action } from "../protocol/actions.ts";
import type { JournalEntry } from "../protocol/events.ts";
import type { View } from "../protocol/view.ts";
import { RULES } from "../rules/constants.ts";
import type { GameState } from "../rules/state.ts";
import { crisisView } from "./crisis.ts";
import { permissionSet, prober, type ViewOptions } from "./permissions.ts";
import { negotiationProbes, negotiationView, proposalNegotiation } from "./negotiation.ts";

export type Viewer = { readonly kind: "facilitator" } | { readonly kind: "player"; readonly playerId: string } | { readonly kind: "spectator" };

/** Who is connected right now: transport facts the room passes in, not game state. */
export type Presence = { readonly players: ReadonlySet<string>; readonly facilitator: boolean };

export function viewFor(state: GameState, viewer: Viewer, presence: Presence, now: number, options: ViewOptions = {}): View {
  const scenario = state.scenario;
  const player = viewer.kind === "player" ? state.players[viewer.playerId] : undefined;
  const mySeat = player?.seat ?? null;
  const specs = [
    ...scenario.delegations.map((d) => ({ spec: d, kind: "delegation" as const })),
    ...scenario.observers.map((o) => ({ spec: o, kind: "observer" as const })),
  ];
  const players = Object.values(state.players);
  const ballotsVisible = state.procedure.votingMode === "roll-call" || viewer.kind === "facilitator";
  return {
    session: {
      scenarioId: scenario.id,
      title: scenario.title,
      forum: scenario.forum.name,
      decisionRule: scenario.forum.decisionRule,
      votingMode: state.procedure.votingMode,
      stage: state.stage,
      round: state.round,
      rounds: scenario.rounds.length,
      deadline: state.deadline,
      paused: state.paused !== null,
      facilitatorConnected: presence.facilitator,
      locked: state.locked,
    },
    me:
      viewer.kind === "player"
        ? {
            kind: "player",
            playerId: viewer.playerId,
            name: player?.name ?? "",
            seat: mySeat,
            isHead: mySeat !== null && state.seats[mySeat]?.head === viewer.playerId,
          }
        : { kind: viewer.kind },
    seats: specs.map(({ spec, kind }) => {
      const head = state.seats[spec.id]?.head ?? null;
      return {
        id: spec.id,
        kind,
        name: spec.name,
        archetype: spec.archetype,
        emblem: { colour: spec.emblem.colour, shape: spec.emblem.shape },
        head: head === null ? null : (state.players[head]?.name ?? null),
        players: players
          .filter((p) => p.seat === spec.id)
          .map((p) => ({ id: p.id, name: p.name, connected: p.bot || presence.players.has(p.id), bot: p.bot })),
        autopilot: state.seats[spec.id]?.autopilot != null,
        closed: state.seats[spec.id]?.closed ?? false,
      };
    }),
    unseated: players
      .filter((p) => p.seat === null)
      .map((p) => ({ id: p.id, name: p.name, connected: presence.players.has(p.id) })),
    proposals: state.proposals.map((p) => ({
      id: p.id,
      title: p.title,
      text: p.text,
      sponsor: p.sponsor,
      round: p.round,
      status: p.status,
      // A secret ballot shows who voted, and how only to the facilitator or the voter's own delegation.
      ballots: p.ballots.map((b) => ({
        seat: b.seat,
        choice: ballotsVisible || b.seat === mySeat ? b.choice : null,
      })),
      tally: p.tally,
      ...proposalNegotiation(p, (seat) => ballotsVisible || seat === mySeat),
    })),
    question: state.question,
    can: permissionSet(prober(state, viewer, now), { ...coreProbes(state), ...negotiationProbes(state, mySeat) }, options),
    negotiation: negotiationView(state, viewer, mySeat, options),
    actors: scenario.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind })),
    journal: latestReadable(state.journal, (e) => canRead(e, viewer, mySeat), RULES.viewJournalLength),
    crisis: crisisView(state, viewer, now, options),
  };
}

function canRead(entry: JournalEntry, viewer: Viewer, seat: string | null): boolean {
  switch (entry.audience.kind) {
    case "public":
      return true;
    case "facilitator":
      return viewer.kind === "facilitator";
    case "seats":
      return viewer.kind === "facilitator" || (seat !== null && entry.audience.seats.includes(seat));
  }
}

/** The representative action behind each core permission; the engine judges each (permissions.ts). */
function coreProbes(state: GameState): Readonly<Record<"claimSeat" | "start" | "advance" | "table" | "vote" | "autopilot" | "closeSeat" | "lock", Action>> {
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

/** The last `limit` entries the viewer may read, oldest first, reading back from the end only as far as needed. */
function latestReadable(journal: readonly JournalEntry[], readable: (e: JournalEntry) => boolean, limit: number): JournalEntry[] {
  const out: JournalEntry[] = [];
  for (let i = journal.length - 1; i >= 0 && out.length < limit; i--) {
    const e = journal[i];
    if (e && readable(e)) out.push(e);
  }
  return out.reverse();
}
