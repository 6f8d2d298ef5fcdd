// The view diff: applying diff(a, b) to a gives b, for any JSON values, keyed lists included
// (records removed, added, changed, reordered, keys duplicated); the input is never modified;
// and the sizes that matter stay small: a sliding window costs the entry that came and the key
// of the one that left.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diff, patch, type Json } from "../../shared/sync/diff.ts";

const record = fc.record({ id: fc.constantFrom("a", "b", "c", "d", "e", "f", 1, 2), text: fc.string({ maxLength: 3 }), n: fc.integer({ min: 0, max: 3 }) });
const leaf = fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: -3, max: 3 }), fc.string({ maxLength: 3 }));
const json: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.array(record, { maxLength: 6 }) as fc.Arbitrary<Json>,
    fc.dictionary(fc.constantFrom("x", "y", "z", "id", "seq"), tie("value"), { maxKeys: 4 }),
  ),
})).value;

describe("view diff", () => {
  it("patch(a, diff(a, b)) equals b, and leaves a as it was", () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const before = JSON.stringify(a);
        const d = diff(a, b);
        const result = d === undefined ? a : patch(a, d);
        expect(result).toEqual(b);
        expect(JSON.stringify(a)).toBe(before);
        // Equal values give no diff at all.
        expect(diff(a, JSON.parse(JSON.stringify(a)) as Json)).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
  });

  it("matches records by key through removals, additions, edits and moves", () => {
    fc.assert(
      fc.property(fc.uniqueArray(record, { selector: (r) => r.id, maxLength: 8 }), fc.uniqueArray(record, { selector: (r) => r.id, maxLength: 8 }), (a, b) => {
        const d = diff(a, b);
        expect(d === undefined ? a : patch(a, d)).toEqual(b);
      }),
      { numRuns: 2000 },
    );
  });

  it("sends a sliding window's change as the new entry and the key that left", () => {
    const entry = (seq: number) => ({ seq, at: seq * 1000, round: 1, audience: { kind: "public" }, event: { type: "message.posted", text: `a statement of some length, number ${seq}` } });
    const window = Array.from({ length: 60 }, (_, i) => entry(i + 1));
    const slid = [...window.slice(1), entry(61)];
    const d = diff({ journal: window }, { journal: slid });
    expect(d).toEqual(["o", { journal: ["k", "seq", { p: [entry(61)], d: [1] }] }]);
    expect(JSON.stringify(d).length).toBeLessThan(200);
    expect(patch({ journal: window }, d ?? ["-"])).toEqual({ journal: slid });
  });

  it("sends an item that changed inside a list as a change to that item only", () => {
    const proposals = [1, 2, 3].map((n) => ({ id: `P${n}`, title: `Proposal ${n}`, ballots: [{ seat: "VAL", choice: "yes" }] }));
    const voted = proposals.map((p) => (p.id === "P2" ? { ...p, ballots: [...p.ballots, { seat: "KAR", choice: "no" }] } : p));
    expect(diff(proposals, voted)).toEqual(["k", "id", { e: [["P2", ["o", { ballots: ["k", "seat", { p: [{ seat: "KAR", choice: "no" }] }] }]]] }]);
  });

  it("refuses a diff that does not fit the value", () => {
    expect(() => patch([{ id: "a" }], ["k", "id", { e: [["b", ["=", 1]]] }])).toThrow(/no record b/);
    expect(() => patch(3, ["o", { x: ["=", 1] }])).toThrow(/object/);
    expect(() => patch({ list: 1 }, ["o", { list: ["+", [1]] }])).toThrow(/list/);
  });
});
