// The chamber's colours. The room's light goes from calm navy to a dark ember with the
// escalation index; both ends stay dark enough that the labels keep their contrast (WCAG AA
// 4.5:1 for the muted grey, far more for the main text; tests/client checks every step).
export const TEXT = "#e8eef7";
export const MUTED = "#a9b8cc";
export const CALM = 0x0f1b2d;
export const HOT = 0x3b1218;

export const hexColour = (hex: string) => Number.parseInt(hex.replace("#", "").padEnd(6, "0").slice(0, 6), 16) || 0;

/** `a` to `b`, channel by channel, at `t` in [0, 1]. */
export function mix(a: number, b: number, t: number): number {
  const k = Math.max(0, Math.min(1, t));
  const ch = (shift: number) => Math.round(((a >> shift) & 255) * (1 - k) + ((b >> shift) & 255) * k);
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
}

/** The room's background at an escalation index of 0–100. */
export const roomLight = (escalation: number) => mix(CALM, HOT, escalation / 100);

/** WCAG 2 contrast ratio of two colours given as 0xRRGGBB. */
export function contrast(a: number, b: number): number {
  const lum = (c: number) => {
    const [r, g, bl] = [16, 8, 0].map((s) => {
      const v = ((c >> s) & 255) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}
