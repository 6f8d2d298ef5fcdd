import { describe, expect, it } from "vitest";
import { FACILITATOR } from "../helpers/game.ts";
import { ana, bo, cy, dee, forum, forumScenario, olu, tableNorm } from "../helpers/forum.ts";
import { replay } from "../../shared/rules/engine.ts";
import { createInitialState } from "../../shared/rules/state.ts";
import { View } from "../../shared/protocol/view.ts";
import { viewFor, type Viewer } from "../../shared/view/view-for.ts";

/** A negotiation touching most rules: floor, messages, amendments, co-sponsors, polls, points of order, pause, dissociation. */
function busySession() {
  const g = forum("negotiation", { decisionRule: "consensus" });
  g.do(bo, { type: "floor.request" }).do(FACILITATOR, { type: "floor.next" }).tick(20_000);
  g.do(bo, { type: "message.public", text: "Tamaru must answer.", names: ["TAM"] });
  g.do(cy, { type: "reply.request", cause: g.state.journal.length });
  g.do(bo, { type: "floor.yield", to: null }).do(FACILITATOR, { type: "floor.next" });
  g.do(ana, { type: "message.team", text: "Table now." }).do(dee, { type: "message.back-channel", to: "MER", text: "Co-sponsor?" });
  tableNorm(g, ana).do(bo, { type: "proposal.cosponsor", proposal: "P1", join: true });
  g.do(cy, { type: "amendment.propose", proposal: "P1", text: "Softer text." }).do(ana, { type: "amendment.answer", amendment: "P1.A1", accept: false });
  g.do(FACILITATOR, { type: "poll.call", question: "Ready to vote?" }).do(ana, { type: "poll.answer", poll: "S1", choice: "yes" });
  g.do(olu, { type: "order.raise", text: "Observers were not consulted." }).do(FACILITATOR, { type: "session.pause" }).tick(5_000);
  g.do(FACILITATOR, { type: "session.resume" }).do(FACILITATOR, { type: "order.rule", point: "O1", upheld: true, text: "Noted." });
  g.do(FACILITATOR, { type: "poll.close", poll: "S1" }).advanceTo("voting");
  for (const a of [ana, bo, cy]) g.do(a, { type: "vote.cast", proposal: "P1.A1", choice: a === cy ? "yes" : "no" });
  g.do(ana, { type: "vote.cast", proposal: "P1", choice: "yes" }).do(bo, { type: "vote.cast", proposal: "P1", choice: "yes" });
  g.do(cy, { type: "vote.explain", proposal: "P1", text: "We join, with reservations." });
  g.do(cy, { type: "vote.cast", proposal: "P1", choice: "yes", dissociate: true });
  return g;
}

describe("negotiation as a whole", () => {
  it("E1: replaying a negotiation's log reproduces the live state", () => {
    const g = busySession();
    expect(g.state.norms["N-f"]).toMatchObject({ adopted: true, adherents: ["VAL", "MER"], dissociated: ["TAM"], sponsors: ["VAL", "MER"] });
    expect(replay(createInitialState(forumScenario({ decisionRule: "consensus" })), g.log)).toEqual(g.state);
  });

  it("M2, M3, V14, C6: every viewer's view of a busy negotiation fits the View schema", () => {
    const g = busySession();
    const viewers: Viewer[] = [{ kind: "facilitator" }, { kind: "spectator" }, ...["ana", "bo", "cy", "dee", "olu"].map((id) => ({ kind: "player" as const, playerId: id }))];
    for (const v of viewers) {
      const parsed = View.safeParse(viewFor(g.state, v, { players: new Set(), facilitator: true }, g.now));
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    }
  });

  it("N7: the view lists the statements the viewer's delegation may still reply to", () => {
    const g = forum("negotiation").do(FACILITATOR, { type: "floor.give", seat: "MER" });
    g.do(bo, { type: "message.public", text: "Tamaru again.", names: ["TAM"] });
    const seq = g.state.journal.length;
    const replies = (id: string) => viewFor(g.state, { kind: "player", playerId: id }, { players: new Set(), facilitator: true }, g.now).negotiation.replies;
    expect(replies("cy")).toEqual([seq]);
    expect(replies("ana")).toEqual([]);
    g.do(cy, { type: "reply.request", cause: seq });
    expect(replies("cy")).toEqual([]);
  });
});
