// A small seeded generator (mulberry32). Its whole state is one 32-bit integer kept inside
// the game state, so replaying a log reproduces every draw.

export type RngState = number;

/** Returns a float in [0, 1) and the next state. */
export function nextFloat(state: RngState): [number, RngState] {
  const next = (state + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return [value, next];
}

export function seedRng(seed: number): RngState {
  return seed | 0;
}
