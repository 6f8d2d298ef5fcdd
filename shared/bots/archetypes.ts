// One readable policy per delegation archetype (cases-and-injects.md, "Delegation archetypes").
// The numbers are leanings, not rules: the decision code reads them, the engine never does.

export type ArchetypePolicy = {
  readonly name: string;
  /** Evidence weight (0–3) at which this archetype names a culprit, before risk appetite. */
  readonly attributionThreshold: number;
  /** Preferred mode of attribution when evidence is strong enough. */
  readonly attributionMode: "private" | "public" | "joint";
  /** Chance of joining a joint statement an ally or neutral invites it to, when its own evidence agrees. */
  readonly cosign: number;
  /** Chance of tabling a proposal that serves its objectives, per negotiation phase. */
  readonly tabling: number;
  /** Chance of co-sponsoring an ally's proposal. */
  readonly cosponsoring: number;
  /** Chance of making or joining a pledge when a crisis hits a partner. */
  readonly pledging: number;
  /** Chance of taking the floor in a negotiation phase. */
  readonly speaking: number;
  /** Lean towards voting yes on texts that touch none of its objectives (0 = no, 1 = yes). */
  readonly yesLean: number;
  /** Tolerance for covert action against a rival, scaled by risk appetite and offence. */
  readonly covert: number;
  /** Strongest answer it will give to a culprit: restraint < démarche < sanctions < countermeasure. */
  readonly maxResponse: "demarche" | "public-attribution" | "sanctions" | "countermeasure";
  /** Whether it avoids naming states at all (neutral conveners). */
  readonly avoidsNaming: boolean;
};

const base: ArchetypePolicy = {
  name: "delegation",
  attributionThreshold: 1.2,
  attributionMode: "public",
  cosign: 0.6,
  tabling: 0.5,
  cosponsoring: 0.6,
  pledging: 0.4,
  speaking: 0.4,
  yesLean: 0.6,
  covert: 0,
  maxResponse: "sanctions",
  avoidsNaming: false,
};

/** Matched in order against the scenario's archetype text; the last entry matches everything. */
export const ARCHETYPES: readonly { readonly match: RegExp; readonly policy: ArchetypePolicy }[] = [
  {
    match: /firm|company|platform|emergency response|csirt|\bcerts?\b|\bngo\b|civil-society|organi[sz]ation|observer/i,
    policy: { ...base, name: "observer", attributionThreshold: 1.2, attributionMode: "public", cosign: 0, tabling: 0.3, cosponsoring: 0, pledging: 0.3, speaking: 0.5, maxResponse: "demarche", avoidsNaming: false },
  },
  {
    match: /rival|revisionist|sovereigntist|authoritarian/i,
    policy: { ...base, name: "rival major power", attributionThreshold: 1.8, attributionMode: "private", cosign: 0.2, tabling: 0.6, cosponsoring: 0.3, yesLean: 0.35, covert: 0.35, maxResponse: "countermeasure" },
  },
  {
    match: /major|great power|superpower|coalition leader/i,
    policy: { ...base, name: "major cyber power", attributionThreshold: 1.0, attributionMode: "joint", cosign: 0.7, tabling: 0.6, speaking: 0.6, covert: 0.2, maxResponse: "countermeasure" },
  },
  {
    match: /harbou?r|safe haven|proxies|accused/i,
    policy: { ...base, name: "state accused of harbouring criminals", attributionThreshold: 2.2, attributionMode: "private", cosign: 0.1, tabling: 0.2, cosponsoring: 0.2, yesLean: 0.3, maxResponse: "demarche", pledging: 0.1 },
  },
  {
    match: /middle power|allied/i,
    policy: { ...base, name: "allied middle power", attributionThreshold: 1.2, attributionMode: "joint", cosign: 0.8, cosponsoring: 0.8, pledging: 0.6, yesLean: 0.7 },
  },
  {
    match: /neutral|small|digitally dependent|convener|island|trading hub/i,
    policy: { ...base, name: "small digitally dependent state", attributionThreshold: 1.6, attributionMode: "joint", cosign: 0.5, tabling: 0.6, pledging: 0.6, yesLean: 0.75, maxResponse: "public-attribution", avoidsNaming: true },
  },
  {
    match: /non-aligned|developing|g77|swing|hedging/i,
    policy: { ...base, name: "non-aligned developing state", attributionThreshold: 1.7, attributionMode: "private", cosign: 0.3, tabling: 0.4, cosponsoring: 0.4, pledging: 0.5, yesLean: 0.55, maxResponse: "demarche" },
  },
  {
    match: /regional|bloc|frontline/i,
    policy: { ...base, name: "regional-bloc member", attributionThreshold: 0.9, attributionMode: "joint", cosign: 0.85, cosponsoring: 0.8, pledging: 0.7, speaking: 0.6, maxResponse: "countermeasure" },
  },
  { match: /./, policy: base },
];

export function policyFor(archetype: string): ArchetypePolicy {
  return (ARCHETYPES.find((a) => a.match.test(archetype)) ?? { policy: base }).policy;
}
