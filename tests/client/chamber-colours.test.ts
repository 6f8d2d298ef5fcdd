// The escalation index lights the room from calm navy to a dark ember; at every step the
// chamber's labels keep WCAG AA contrast (4.5:1) against it.
import { describe, expect, it } from "vitest";
import { contrast, hexColour, MUTED, roomLight, TEXT } from "../../client/src/scenes/chamber-colours.ts";

describe("the room's light", () => {
  it("changes with escalation and keeps every label readable", () => {
    expect(roomLight(0)).not.toBe(roomLight(100));
    expect(contrast(0xffffff, 0x000000)).toBeCloseTo(21, 5);
    for (let e = 0; e <= 100; e += 5) {
      expect(contrast(hexColour(TEXT), roomLight(e)), `text at ${e}`).toBeGreaterThanOrEqual(7);
      expect(contrast(hexColour(MUTED), roomLight(e)), `muted at ${e}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
