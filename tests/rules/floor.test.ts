import { describe, expect, it } from "vitest";
import { FACILITATOR, SYSTEM } from "../helpers/game.ts";
import { ana, bo, codeOf, cy, dee, forum, olu } from "../helpers/forum.ts";
import { RULES } from "../../shared/rules/constants.ts";

const speaker = (g: ReturnType<typeof forum>) => g.state.floor.speaker?.seat ?? null;
const queue = (g: ReturnType<typeof forum>) => g.state.floor.queue.map((r) => r.seat);

describe("speakers list", () => {
  it("N1: a seat requests the floor once and joins the end of the list; observers too", () => {
    const g = forum("negotiation");
    g.do(bo, { type: "floor.request" }).do(olu, { type: "floor.request" });
    expect(queue(g)).toEqual(["MER", "CERT"]);
    const r = g.try(bo, { type: "floor.request" });
    expect(r.ok ? null : r.error).toEqual({ code: "floor/already-requested", message: expect.stringContaining("speakers list") });
    g.do(FACILITATOR, { type: "chair.mute", target: { kind: "player", playerId: "cy" }, muted: true });
    expect(codeOf(g, cy, { type: "floor.request" })).toBe("role/muted");
  });

  it("N2: a seat withdraws its request; withdrawing without one is refused", () => {
    const g = forum("negotiation").do(bo, { type: "floor.request" }).do(bo, { type: "floor.withdraw" });
    expect(queue(g)).toEqual([]);
    expect(codeOf(g, bo, { type: "floor.withdraw" })).toBe("floor/not-requested");
  });

  it("N3: the chair gives the floor or calls the next speaker; a turn lasts the speaking time, which the chair may change", () => {
    const g = forum("negotiation").do(bo, { type: "floor.request" }).do(cy, { type: "floor.request" });
    g.do(FACILITATOR, { type: "floor.next" });
    expect(g.state.floor.speaker).toEqual({ seat: "MER", since: g.now, deadline: g.now + RULES.speakingSeconds * 1000 });
    g.do(FACILITATOR, { type: "floor.configure", speakingSeconds: 30 }).do(FACILITATOR, { type: "floor.give", seat: "VAL" });
    expect(g.state.floor.speaker).toEqual({ seat: "VAL", since: g.now, deadline: g.now + 30_000 });
    expect(queue(g)).toEqual(["TAM"]);
    expect(codeOf(g, FACILITATOR, { type: "floor.configure", speakingSeconds: RULES.maxSpeakingSeconds + 1 })).toBe("rule/limit");
    expect(codeOf(g, FACILITATOR, { type: "floor.give", seat: "ZZZ" })).toBe("seat/unknown");
    expect(codeOf(g, ana, { type: "floor.next" })).toBe("role/not-allowed");
    g.do(FACILITATOR, { type: "floor.next" }).do(FACILITATOR, { type: "floor.next" });
    expect(speaker(g)).toBeNull();
    expect(codeOf(g, FACILITATOR, { type: "floor.next" })).toBe("floor/empty");
  });

  it("N4: the speaker yields the rest of its time to another seat or back to the chair", () => {
    const g = forum("negotiation").do(FACILITATOR, { type: "floor.give", seat: "VAL" });
    const deadline = g.state.floor.speaker?.deadline;
    expect(codeOf(g, bo, { type: "floor.yield", to: null })).toBe("floor/not-speaker");
    g.tick(10_000).do(dee, { type: "floor.yield", to: "MER" });
    expect(g.state.floor.speaker).toMatchObject({ seat: "MER", deadline });
    expect(codeOf(g, bo, { type: "floor.yield", to: "MER" })).toBe("rule/invalid-target");
    g.do(bo, { type: "floor.yield", to: null });
    expect(speaker(g)).toBeNull();
  });

  it("N5: under automatic moderation the next speaker gets the floor at once and when time is up; otherwise the floor returns to the chair", () => {
    const g = forum("negotiation").do(bo, { type: "floor.request" }).do(cy, { type: "floor.request" });
    g.do(FACILITATOR, { type: "floor.next" }).tick(RULES.speakingSeconds * 1000);
    g.do(SYSTEM, { type: "floor.expire" });
    expect(speaker(g)).toBeNull();
    g.do(FACILITATOR, { type: "floor.configure", automatic: true });
    expect(speaker(g)).toBe("TAM");
    g.do(ana, { type: "floor.request" }).tick(RULES.speakingSeconds * 1000).do(SYSTEM, { type: "floor.expire" });
    expect(speaker(g)).toBe("VAL");
    g.tick(RULES.speakingSeconds * 1000).do(SYSTEM, { type: "floor.expire" });
    expect(speaker(g)).toBeNull();
    g.do(olu, { type: "floor.request" });
    expect(speaker(g)).toBe("CERT");
  });

  it("N6: speaking time used is booked to each seat", () => {
    const g = forum("negotiation").do(FACILITATOR, { type: "floor.give", seat: "MER" }).tick(12_000);
    g.do(bo, { type: "floor.yield", to: "TAM" }).tick(3_000).do(FACILITATOR, { type: "floor.give", seat: "MER" }).tick(4_000);
    g.do(FACILITATOR, { type: "phase.advance" });
    expect(g.state.floor.used).toEqual({ MER: 16_000, TAM: 3_000 });
  });

  it("N7: a delegation named in a public statement or accused in public may reply once, ahead of the list", () => {
    const g = forum("negotiation").do(ana, { type: "floor.request" }).do(FACILITATOR, { type: "floor.give", seat: "MER" });
    g.do(bo, { type: "message.public", text: "Tamaru's networks were used in the attack.", names: ["TAM"] });
    const seq = g.state.journal.length;
    expect(codeOf(g, ana, { type: "reply.request", cause: seq })).toBe("reply/not-named");
    g.do(cy, { type: "reply.request", cause: seq });
    expect(g.state.floor.queue.map((r) => [r.seat, r.reply])).toEqual([
      ["VAL", null],
      ["TAM", seq],
    ]);
    expect(codeOf(g, cy, { type: "reply.request", cause: seq })).toBe("reply/already-requested");
    g.do(FACILITATOR, { type: "floor.next" });
    expect(speaker(g)).toBe("TAM");
    expect(codeOf(g, cy, { type: "reply.request", cause: 1 })).toBe("reply/not-named");
    expect(codeOf(g, cy, { type: "reply.request", cause: 99_999 })).toBe("reply/not-named");
  });

  it("N7: an attribution statement naming the accused opens a right of reply unless it was a private démarche", () => {
    const g = forum("negotiation");
    const attribution = (mode: "private" | "public" | "joint") => {
      // the attribution rules record this event; here it is put in the journal directly
      const entry = { seq: g.state.journal.length + 1, at: g.now, round: g.state.round, audience: { kind: "public" as const }, event: { type: "attribution.made" as const, statement: "A1", by: ["VAL"], accused: "TAM", mode } };
      g.state = { ...g.state, journal: [...g.state.journal, entry] };
      return entry.seq;
    };
    expect(codeOf(g, cy, { type: "reply.request", cause: attribution("private") })).toBe("reply/not-named");
    expect(codeOf(g, cy, { type: "reply.request", cause: attribution("joint") })).toBe("ok");
    expect(codeOf(g, bo, { type: "reply.request", cause: attribution("public") })).toBe("reply/not-named");
  });

  it("N8: the floor is open in briefing, investigation and negotiation; leaving them ends the turn and clears the list", () => {
    const g = forum("briefing").do(bo, { type: "floor.request" }).do(FACILITATOR, { type: "floor.give", seat: "VAL" });
    g.advanceTo("negotiation");
    expect(speaker(g)).toBeNull();
    expect(queue(g)).toEqual(["MER"]);
    g.advanceTo("voting");
    expect(queue(g)).toEqual([]);
    const r = g.try(cy, { type: "floor.request" });
    expect(r.ok ? null : r.error).toEqual({ code: "phase/not-allowed", message: expect.stringContaining("negotiation") });
  });

  it("N8: under automatic moderation a new phase gives the floor to the next on the list", () => {
    const g = forum("briefing").do(FACILITATOR, { type: "floor.configure", automatic: true });
    g.do(bo, { type: "floor.request" }).do(cy, { type: "floor.request" });
    expect(speaker(g)).toBe("MER");
    g.advanceTo("investigation");
    expect(speaker(g)).toBe("TAM");
    expect(g.state.floor.speaker?.deadline).toBe(g.now + RULES.speakingSeconds * 1000);
  });

  it("N9: a turn expires only at its deadline", () => {
    const g = forum("negotiation");
    expect(codeOf(g, SYSTEM, { type: "floor.expire" })).toBe("floor/empty");
    g.do(FACILITATOR, { type: "floor.give", seat: "VAL" }).tick(RULES.speakingSeconds * 1000 - 1);
    expect(codeOf(g, SYSTEM, { type: "floor.expire" })).toBe("phase/not-allowed");
    g.tick(1).do(SYSTEM, { type: "floor.expire" });
    expect(speaker(g)).toBeNull();
  });
});
