// A scenario built for crisis tests: five delegations and an observer, two norms, a CBM, three
// injects (a state perpetrator, a criminal group, a late inject), evidence of every visibility,
// public and secret objectives. Parsed through the real schema so defaults apply.
import { Scenario, type ScenarioInput } from "../../shared/scenario/schema.ts";
import { createInitialState, type GameState } from "../../shared/rules/state.ts";
import { produce } from "immer";
import { Game, SYSTEM, player } from "./game.ts";

const caps = (intelligence: number) => ({ offense: 3, defense: 3, intelligence, dependency: 3, weight: 3 });
const emblem = { colour: "#112233", shape: "circle" } as const;
const seat = (id: string, name: string, intelligence: number, extra: Partial<ScenarioInput["delegations"][number]> = {}) => ({
  id,
  name,
  archetype: "State",
  capabilities: caps(intelligence),
  capacity: 8,
  credibility: 50,
  emblem,
  brief: `${name} at the forum.`,
  ...extra,
});

export const CRISIS_INPUT: ScenarioInput = {
  schemaVersion: 1,
  id: "crisis-test",
  title: "Crisis test",
  summary: "A scenario for engine tests.",
  durationMinutes: 60,
  players: { min: 1, max: 30 },
  seed: 7,
  forum: {
    name: "Test forum",
    decisionRule: "simple-majority",
    timers: { briefing: 60, investigation: 60, negotiation: 60, voting: 60, "state-practice": 60, resolution: 60 },
  },
  delegations: [
    seat("VAL", "Valdoria", 5, {
      objectives: [
        { id: "val-joint", text: "Get a joint attribution of Karsk with three signers.", points: 10, goal: { kind: "joint-attribution", accused: "KAR", minSigners: 3 } },
        { id: "val-hide", text: "SECRET-VAL keep the Half-Life operation hidden.", points: 8, secret: true, goal: { kind: "not-attributed", inject: "I3" } },
      ],
    }),
    seat("KAR", "Karsk", 4, {
      objectives: [{ id: "kar-block", text: "SECRET-KAR keep N-f from being adopted.", points: 12, secret: true, goal: { kind: "norm-not-adopted", norm: "N-f" } }],
    }),
    seat("MER", "Meridia", 3, { objectives: [{ id: "mer-cbm", text: "Establish the hotline.", points: 6, goal: { kind: "cbm-established", cbm: "hotline" } }] }),
    seat("ALP", "Alpenmark", 1, { objectives: [{ id: "alp-calm", text: "SECRET-ALP keep escalation low.", points: 5, secret: true, goal: { kind: "escalation-at-most", value: 30 } }] }),
    seat("TAM", "Tamaru", 1),
  ],
  observers: [{ ...seat("LAN", "Lanternfish", 4), capabilities: { offense: 0, defense: 3, intelligence: 4, dependency: 3, weight: 2 } }],
  actors: [{ id: "GREY", name: "GreyMantis", kind: "non-state-group" }],
  norms: [
    { id: "N-f", title: "Critical infrastructure", text: "Do not damage critical infrastructure.", source: "gge-2015", violatedBy: ["covert-operation", "pre-positioning"] },
    { id: "N-h", title: "Assistance", text: "Respond to requests for assistance.", source: "gge-2015", violatedBy: [] },
  ],
  cbms: [{ id: "hotline", title: "Hotline", text: "A points-of-contact directory." }],
  injects: [
    {
      id: "I1",
      title: "Dark Solstice",
      narrative: "The grid goes dark in Alpenmark.",
      victims: ["ALP"],
      norms: ["N-f"],
      truth: { perpetrator: "KAR", kind: "state", summary: "Karsk military intelligence.", revealRound: 1 },
      evidence: [
        { id: "e-pub", kind: "victim-forensics", title: "PUBLIC-FORENSICS", text: "Malware seen before.", grade: "B2", pointsTo: "KAR", visibility: { kind: "public" } },
        { id: "e-priv", kind: "sigint", title: "PRIVATE-SIGINT", text: "SECRET-SIGINT intercept.", grade: "B2", pointsTo: "KAR", visibility: { kind: "private", to: ["VAL"] } },
        { id: "e-flag", kind: "infrastructure", title: "MISLEADING-C2", text: "C2 in Meridia.", grade: "C3", pointsTo: "MER", misleading: true, visibility: { kind: "discoverable", cost: 2, minIntelligence: 1 } },
        { id: "e-deep", kind: "humint", title: "DEEP-HUMINT", text: "SECRET-HUMINT an order.", grade: "B2", pointsTo: "KAR", visibility: { kind: "discoverable", cost: 4, minIntelligence: 4 } },
      ],
    },
    {
      id: "I2",
      title: "Code Grey",
      narrative: "Ransomware hits a hospital in Tamaru.",
      victims: ["TAM"],
      norms: ["N-h"],
      truth: { perpetrator: "GREY", kind: "criminal", summary: "GreyMantis affiliates." },
      evidence: [{ id: "e-claim", kind: "claim", title: "CLAIM", text: "GreyMantis claims it.", grade: "B2", pointsTo: "GREY", visibility: { kind: "public" } }],
    },
    {
      id: "I3",
      title: "Half-Life",
      narrative: "Centrifuges fail in Tamaru.",
      victims: ["TAM"],
      norms: ["N-f"],
      truth: { perpetrator: "VAL", kind: "state", summary: "SECRET-TRUTH Valdoria did it." },
      evidence: [{ id: "e-late", kind: "private-sector-report", title: "LATE-REPORT", text: "A report.", grade: "C3", visibility: { kind: "public" }, releaseRound: 3, regrade: { round: 3, grade: "A1", note: "confirmed" } }],
    },
  ],
  rounds: [{ injects: ["I1"] }, { injects: ["I2"] }, { injects: ["I3"] }],
};

export const crisisScenario = (edit: (s: ScenarioInput) => void = () => {}): Scenario => {
  const input = structuredClone(CRISIS_INPUT);
  edit(input);
  return Scenario.parse(input);
};

export const HEADS = { VAL: "va", KAR: "ka", MER: "me", ALP: "al", TAM: "ta", LAN: "la" } as const;
export const head = (seatId: keyof typeof HEADS) => player(HEADS[seatId]);

/** Every seat headed, session started (round 1 briefing). */
export function crisisGame(scenario: Scenario = crisisScenario()): Game {
  const g = new Game(scenario);
  for (const [seatId, playerId] of Object.entries(HEADS)) g.seat(playerId, seatId);
  g.do({ kind: "facilitator" }, { type: "session.start" });
  return g;
}

/** Adopts a norm directly (as a passed proposal would), for tests of what happens next. */
export function adopt(g: Game, norm: string, opts: { sponsors?: string[]; adherents?: string[]; strength?: number }): void {
  g.state = produce(g.state, (d) => {
    const n = d.norms[norm];
    if (!n) throw new Error(`no norm ${norm}`);
    n.adopted = true;
    n.adoptedRound = d.round;
    n.sponsors = opts.sponsors ?? [];
    n.adherents = opts.adherents ?? [];
    n.strength = opts.strength ?? 0.3;
    n.stage = "emergence";
  });
}

export const initial = (scenario: Scenario): GameState => createInitialState(scenario);
export { SYSTEM };
