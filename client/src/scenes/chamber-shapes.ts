// Shapes the chamber draws with Phaser's Graphics (never text glyphs, which become empty boxes
// where a font lacks them): delegation emblems, the bot mark, ballot markers; and colour helpers.
import Phaser from "phaser";
import type { Ballot } from "./chamber-model.ts";

type G = Phaser.GameObjects.Graphics;

export { hexColour, mix } from "./chamber-colours.ts";

export function drawShape(g: G, shape: string, x: number, y: number, r: number): void {
  const polygon = (n: number, rotation: number, inner = 1) => {
    const points: Phaser.Math.Vector2[] = [];
    const count = inner === 1 ? n : n * 2;
    for (let i = 0; i < count; i++) {
      const radius = inner === 1 || i % 2 === 0 ? r : r * inner;
      const a = rotation + (i / count) * Math.PI * 2;
      points.push(new Phaser.Math.Vector2(x + Math.cos(a) * radius, y + Math.sin(a) * radius));
    }
    g.fillPoints(points, true);
    g.strokePoints(points, true);
  };
  switch (shape) {
    case "square":
      return polygon(4, Math.PI / 4);
    case "triangle":
      return polygon(3, -Math.PI / 2);
    case "diamond":
      return polygon(4, 0);
    case "hexagon":
      return polygon(6, 0);
    case "star":
      return polygon(5, -Math.PI / 2, 0.5);
    default:
      g.fillCircle(x, y, r);
      g.strokeCircle(x, y, r);
  }
}

/** A rounded box whose corner radius never exceeds half its side (Phaser would draw a negative
 * arc, which the canvas refuses); nothing for an empty box. */
export function roundedRect(g: G, box: { x: number; y: number; w: number; h: number }, radius: number, mode: "fill" | "stroke"): void {
  if (!(box.w > 0 && box.h > 0)) return;
  const r = Math.max(0, Math.min(radius, box.w / 2, box.h / 2));
  if (mode === "fill") g.fillRoundedRect(box.x, box.y, box.w, box.h, r);
  else g.strokeRoundedRect(box.x, box.y, box.w, box.h, r);
}

/** A small robot head: a rounded box, two eyes and an antenna. */
export function drawBot(g: G, x: number, y: number, s: number): void {
  g.fillStyle(0x1d3555, 1).lineStyle(2, 0xe8eef7, 1);
  const head = { x: x - s, y: y - s * 0.75, w: s * 2, h: s * 1.5 };
  roundedRect(g, head, s * 0.3, "fill");
  roundedRect(g, head, s * 0.3, "stroke");
  g.fillStyle(0xe8eef7, 1).fillCircle(x - s * 0.4, y, s * 0.22).fillCircle(x + s * 0.4, y, s * 0.22);
  g.lineBetween(x, y - s * 0.75, x, y - s * 1.2);
}

/** Yes: a green disc with a tick; no: an orange square with a cross; abstain: a grey disc with a dash; secret: a sealed grey diamond. */
export function drawBallot(g: G, ballot: Ballot, r: number): void {
  g.clear();
  g.lineStyle(2, 0xffffff, 1);
  if (ballot === "yes") {
    g.fillStyle(0x009e73, 1).fillCircle(0, 0, r).strokeCircle(0, 0, r);
    g.lineStyle(Math.max(2, r * 0.3), 0xffffff, 1).beginPath();
    g.moveTo(-r * 0.5, 0).lineTo(-r * 0.1, r * 0.4).lineTo(r * 0.55, -r * 0.4);
    g.strokePath();
  } else if (ballot === "no") {
    g.fillStyle(0xd55e00, 1).fillRect(-r, -r, r * 2, r * 2).strokeRect(-r, -r, r * 2, r * 2);
    g.lineStyle(Math.max(2, r * 0.3), 0xffffff, 1).lineBetween(-r * 0.5, -r * 0.5, r * 0.5, r * 0.5).lineBetween(r * 0.5, -r * 0.5, -r * 0.5, r * 0.5);
  } else if (ballot === "abstain") {
    g.fillStyle(0x777777, 1).fillCircle(0, 0, r).strokeCircle(0, 0, r);
    g.lineStyle(Math.max(2, r * 0.3), 0xffffff, 1).lineBetween(-r * 0.5, 0, r * 0.5, 0);
  } else {
    const pts = [new Phaser.Math.Vector2(0, -r), new Phaser.Math.Vector2(r, 0), new Phaser.Math.Vector2(0, r), new Phaser.Math.Vector2(-r, 0)];
    g.fillStyle(0xa9b8cc, 1).fillPoints(pts, true).strokePoints(pts, true);
  }
}
