// What each viewer may see and do. Secrecy lives here and nowhere else: the room sends each
// client exactly viewFor(state, its viewer), never the engine state.
import type { Actor } from "../protocol/actions.ts";
import type { JournalEntry } from "../protocol/events.ts";
import type { Permission, View } from "../protocol/view.ts";
import type { NegotiationCan } from "../protocol/view-negotiation.ts";
import { apply } from "../rules/engine.ts";
import { RULES } from "../rules/constants.ts";
import type { GameState } from "../rules/state.ts";
import { crisisView } from "./crisis.ts";
import { negotiationPermissions, negotiationView, proposalNegotiation } from "./negotiation.ts";

export type Viewer = { readonly kind: "facilitator" } | { readonly kind: "player"; readonly playerId: string } | { readonly kind: "spectator" };

/** Who is connected right now: transport facts the room passes in, not game state. */
export type Presence = { readonly players: ReadonlySet<string>; readonly facilitator: boolean };

export function viewFor(state: GameState, viewer: Viewer, presence: Presence, now: number): View {
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
          .map((p) => ({ id: p.id, name: p.name, connected: presence.players.has(p.id) })),
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
    can: { ...permissions(state, viewer, now), ...negotiationPermissions(state, viewer, mySeat, now) },
    negotiation: negotiationView(state, viewer, mySeat),
    journal: state.journal.filter((e) => canRead(e, viewer, mySeat)).slice(-RULES.viewJournalLength),
    crisis: crisisView(state, viewer, now),
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

/** Asks the engine itself whether each action would be accepted, so the UI never disagrees with the rules. */
function permissions(state: GameState, viewer: Viewer, now: number): Omit<View["can"], keyof NegotiationCan> {
  const actor: Actor | null =
    viewer.kind === "facilitator" ? { kind: "facilitator" } : viewer.kind === "player" ? { kind: "player", playerId: viewer.playerId } : null;
  const probe = (action: Parameters<typeof apply>[1]): Permission => {
    if (!actor) return { ok: false, code: "role/not-allowed", message: "Spectators watch; they do not act." };
    const result = apply(state, action, { actor, now });
    return result.ok ? { ok: true } : { ok: false, code: result.error.code, message: result.error.message };
  };
  const freeSeat = Object.values(state.seats).find((s) => s.head === null)?.id ?? Object.keys(state.seats)[0] ?? "";
  return {
    claimSeat: probe({ type: "seat.claim", seat: freeSeat }),
    start: probe({ type: "session.start" }),
    advance: probe({ type: "phase.advance" }),
    table: probe({ type: "proposal.table", title: "probe", text: "probe" }),
    vote: probe({ type: "vote.cast", proposal: state.question ?? "none", choice: "abstain" }),
  };
}
