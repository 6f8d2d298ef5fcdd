// Where things sit in the chamber, for a canvas of any size: the chair's dais at the top, the
// delegations in a horseshoe facing it, observers in the gallery either side of the dais, the
// accused from outside the forum at the right, proposal cards on the table in the middle, and the
// norm board along the bottom. Pure arithmetic, so the scene only draws.
import type { ChamberModel } from "./chamber-model.ts";

export type Pos = { x: number; y: number };
export type Box = { x: number; y: number; w: number; h: number };

export type ChamberLayout = {
  width: number;
  height: number;
  /** Seat radius and the base text size. */
  r: number;
  text: number;
  dais: Box;
  title: Pos;
  seats: Map<string, Pos>;
  actors: Map<string, Pos>;
  cards: Map<string, Box>;
  board: Box;
  gauge: Box;
};

export function chamberLayout(m: ChamberModel, width: number, height: number): ChamberLayout {
  const base = Math.min(width, height * 1.5);
  const text = Math.max(11, Math.round(base / 58));
  const board: Box = { x: width * 0.03, y: height * 0.8, w: width * 0.94, h: height * 0.18 };
  const dais: Box = { x: width / 2 - width * 0.09, y: height * 0.02, w: width * 0.18, h: height * 0.065 };
  const gauge: Box = { x: width * 0.78, y: height * 0.025, w: width * 0.19, h: Math.max(8, height * 0.02) };
  const delegations = m.seats.filter((s) => !s.observer);
  const observers = m.seats.filter((s) => s.observer);
  const n = delegations.length;
  const cx = width / 2;
  const cy = height * 0.36;
  const rx = width * 0.41;
  const ry = height * 0.36;
  // Room per seat along the arc decides the seat size, so sixteen delegations still fit.
  const arc = Math.PI * 1.15 * ((rx + ry) / 2);
  const r = Math.max(8, Math.min(base * 0.042, (arc / Math.max(1, n)) * 0.3));
  const seats = new Map<string, Pos>();
  delegations.forEach((s, i) => {
    const deg = n === 1 ? 90 : 195 - (i * 210) / (n - 1);
    const a = (deg * Math.PI) / 180;
    seats.set(s.id, { x: cx + Math.cos(a) * rx, y: cy + Math.sin(a) * ry });
  });
  observers.forEach((s, i) => {
    const left = i % 2 === 0;
    const k = Math.floor(i / 2);
    seats.set(s.id, { x: left ? width * (0.08 + k * 0.09) : width * (0.92 - k * 0.09), y: height * 0.08 });
  });
  const actors = new Map<string, Pos>();
  m.actors.forEach((a, i) => actors.set(a.id, { x: width * 0.93, y: height * (0.2 + i * 0.09) }));
  // The table: up to three cards a row, two rows, centred under the title.
  const cards = new Map<string, Box>();
  const perRow = Math.min(3, Math.max(1, m.proposals.length));
  const cw = Math.max(24, Math.min(width * 0.17, (width * 0.56) / perRow - 8));
  const ch = Math.max(text * 3.2, height * 0.085);
  m.proposals.forEach((p, i) => {
    const row = Math.floor(i / 3);
    const col = i % 3;
    const inRow = Math.min(3, m.proposals.length - row * 3);
    const startX = cx - (inRow * (cw + 10) - 10) / 2;
    cards.set(p.id, { x: startX + col * (cw + 10), y: height * 0.27 + row * (ch + 10), w: cw, h: ch });
  });
  return { width, height, r, text, dais, title: { x: cx, y: height * 0.19 }, seats, actors, cards, board, gauge };
}
