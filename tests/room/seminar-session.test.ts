// A scripted round of the seminar scenario through a real server, with one client per role:
// what each sees, and the raw bytes each receives, which must hold no other seat's secrets.
import { wire } from "../helpers/wire-recorder.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "../../client/src/net/connection.ts";
import { View } from "../../shared/protocol/view.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";
import { startServer, until, type TestServer } from "../helpers/server.ts";

let server: TestServer;
const scenario = loadBuiltin("seminar");
beforeAll(async () => {
  server = await startServer({ scenarios: [scenario] });
});
afterAll(async () => {
  await server?.close();
});

const SEATS = ["VAL", "KAR", "MER", "ALP", "TAM", "LFI"] as const;
type Label = (typeof SEATS)[number] | "chair" | "spectator";
const LABELS: readonly Label[] = ["chair", ...SEATS, "spectator"];

const TEAM_MARKER = "team-chat-marker-7f3a: keep the SIGINT quiet";
const BACK_MARKER = "back-channel-marker-91c2: will you co-sign?";
const evidenceText = (id: string) => scenario.injects.flatMap((i) => i.evidence).find((e) => e.id === id)?.text ?? "";
const secretObjective = (seat: string, id: string) => scenario.delegations.find((d) => d.id === seat)?.objectives.find((o) => o.id === id)?.text ?? "";

describe("a round of the seminar scenario, one client per role", () => {
  it("each role sees what it may, and the wire carries no other seat's secrets", async () => {
    const { code, facilitatorKey } = await server.create({ scenarioId: "seminar" });
    const c = {} as Record<Label, Connection>;
    wire.label("chair");
    c.chair = await server.join(code, { as: "facilitator", key: facilitatorKey });
    for (const seat of SEATS) {
      wire.label(seat);
      c[seat] = await server.join(code, { as: "player", name: `Head of ${seat}` });
      await until(c[seat], (x) => x.view);
      expect(await c[seat].act({ type: "seat.claim", seat })).toEqual({ ok: true });
    }
    wire.label("spectator");
    c.spectator = await server.join(code, { as: "spectator" });
    const all = () => LABELS.map((l) => c[l]);
    const settled = (pred: (v: View) => unknown) => Promise.all(all().map((x) => until(x, (y) => y.view && pred(y.view))));

    // Briefing: the crisis reaches everyone; private evidence only its holder.
    await c.chair.act({ type: "session.start" });
    await settled((v) => v.crisis.injects.some((i) => i.id === "code-grey"));
    const held = (l: Label) => c[l].view?.crisis.evidence.map((e) => e.key) ?? [];
    expect(held("VAL")).toContain("cg-sigint");
    expect(held("MER")).not.toContain("cg-sigint");
    expect(held("LFI")).toContain("cg-cashout");
    expect(held("spectator")).toEqual(expect.arrayContaining(["cg-claim", "cg-insider"]));
    expect(held("spectator")).not.toContain("cg-sigint");
    expect(c.chair.view?.crisis.injects[0]?.truth?.perpetrator).toBe("GMT");
    expect(c.VAL.view?.crisis.injects[0]?.truth).toBeNull();

    // Investigation and a joint attribution.
    await c.chair.act({ type: "phase.advance" });
    await settled((v) => v.session.stage === "investigation");
    expect(await c.VAL.act({ type: "evidence.investigate", inject: "code-grey" })).toEqual({ ok: true });
    await until(c.VAL, (x) => x.view?.crisis.evidence.some((e) => e.key === "cg-vpn"));
    expect(await c.VAL.act({ type: "attribution.make", inject: "code-grey", accused: "GMT", confidence: "high", mode: "joint", cosigners: ["MER"] })).toEqual({ ok: true });
    const invite = await until(c.MER, (x) => x.view?.crisis.statements.find((s) => s.status === "pending"));
    expect(c.KAR.view?.crisis.statements).toEqual([]); // a pending joint statement is for its parties
    expect(await c.MER.act({ type: "attribution.answer", statement: invite.id, accept: true })).toEqual({ ok: true });
    await settled((v) => v.crisis.statements.some((s) => s.status === "made" && s.signers.length === 2));

    // Negotiation: channels, a norm proposal and co-sponsorship.
    await c.chair.act({ type: "phase.advance" });
    await settled((v) => v.session.stage === "negotiation");
    expect(await c.VAL.act({ type: "message.team", text: TEAM_MARKER })).toEqual({ ok: true });
    expect(await c.VAL.act({ type: "message.back-channel", to: "MER", text: BACK_MARKER })).toEqual({ ok: true });
    expect(await c.VAL.act({ type: "proposal.table", title: "No safe havens", text: "States act against ransomware groups on their territory.", subject: { kind: "norm-adoption", norm: "N-ransomware" } })).toEqual({ ok: true });
    expect(await c.MER.act({ type: "proposal.cosponsor", proposal: "P1", join: true })).toEqual({ ok: true });
    await until(c.MER, (x) => x.view?.negotiation.messages.backChannel.some((m) => m.text === BACK_MARKER));
    expect(c.chair.view?.negotiation.messages.team.map((m) => m.text)).toContain(TEAM_MARKER);
    expect(c.MER.view?.negotiation.messages.team).toEqual([]);
    expect(c.KAR.view?.negotiation.messages.backChannel).toEqual([]);

    // Voting under simple majority, roll call.
    await c.chair.act({ type: "phase.advance" });
    await settled((v) => v.question === "P1");
    const ballots: [Label, "yes" | "no" | "abstain"][] = [["VAL", "yes"], ["KAR", "no"], ["MER", "yes"], ["ALP", "yes"], ["TAM", "abstain"]];
    for (const [seat, choice] of ballots) expect(await c[seat].act({ type: "vote.cast", proposal: "P1", choice })).toEqual({ ok: true });
    // an observer cannot vote
    expect(await c.LFI.act({ type: "vote.cast", proposal: "P1", choice: "yes" })).toMatchObject({ ok: false, code: expect.stringMatching(/^role\//) });
    const decided = await Promise.all(all().map((x) => until(x, (y) => y.view?.proposals[0]?.tally && y.view.proposals[0])));
    for (const p of decided) expect(p).toMatchObject({ status: "adopted", tally: { yes: 3, no: 1, abstain: 1, presentAndVoting: 4 } });

    // State practice: secret until resolution.
    await c.chair.act({ type: "phase.advance" });
    await settled((v) => v.session.stage === "state-practice");
    expect(await c.VAL.act({ type: "practice.choose", response: "sanctions", target: "GMT" })).toEqual({ ok: true });
    expect(await c.MER.act({ type: "practice.choose", response: "public-attribution", target: "GMT" })).toEqual({ ok: true });
    expect(await c.KAR.act({ type: "practice.choose", response: "restraint" })).toEqual({ ok: true });
    await until(c.KAR, (x) => x.view?.crisis.chosen.length === 3);
    expect(c.VAL.view?.crisis.myChoice).toEqual({ response: "sanctions", target: "GMT" });
    expect(c.KAR.view?.crisis.practice.filter((p) => p.seat === "VAL")).toEqual([]);
    expect(c.spectator.view?.crisis.myChoice).toBeNull();

    // Resolution reveals the overt choices to all.
    await c.chair.act({ type: "phase.advance" });
    await settled((v) => v.session.stage === "resolution");
    await until(c.KAR, (x) => x.view?.crisis.practice.some((p) => p.seat === "VAL" && p.response === "sanctions"));
    expect(c.KAR.view?.crisis.reports).toHaveLength(1);

    // Every view any client holds fits the View schema.
    for (const l of LABELS) expect(View.safeParse(c[l].view).success, `${l}'s view`).toBe(true);

    // The raw bytes: each private marker reaches only those allowed.
    const secrets: { marker: string; allowed: readonly Label[] }[] = [
      { marker: secretObjective("KAR", "O2"), allowed: ["chair", "KAR"] },
      { marker: secretObjective("TAM", "O3"), allowed: ["chair", "TAM"] },
      { marker: secretObjective("ALP", "O3"), allowed: ["chair", "ALP"] },
      { marker: evidenceText("cg-sigint"), allowed: ["chair", "VAL"] },
      { marker: evidenceText("cg-cashout"), allowed: ["chair", "LFI"] },
      { marker: scenario.injects[0]?.truth.summary ?? "", allowed: ["chair"] },
      { marker: TEAM_MARKER, allowed: ["chair", "VAL"] },
      { marker: BACK_MARKER, allowed: ["chair", "VAL", "MER"] },
    ];
    for (const { marker, allowed } of secrets) {
      expect(marker.length).toBeGreaterThan(20);
      const seenBy = LABELS.filter((l) => wire.leaks(l, [marker]).length > 0);
      expect(seenBy, `who received "${marker.slice(0, 40)}…"`).toEqual(LABELS.filter((l) => allowed.includes(l)));
    }
  }, 60_000);
});
