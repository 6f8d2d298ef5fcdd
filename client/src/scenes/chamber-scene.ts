// The chamber: a horseshoe of delegation seats facing the chair, observers along the open
// side. It draws the model it is given (speaker, queue, ballots, links, escalation) and
// decides nothing. The loop sleeps when nothing animates.
import Phaser from "phaser";
import type { ChamberModel, ChamberSeat } from "./chamber-model.ts";

const FONT = "system-ui, sans-serif";
const FOCUS = 0xf0e442;
const BG = 0x0f1b2d;
const BALLOT: Record<string, { glyph: string; colour: number }> = {
  yes: { glyph: "✔", colour: 0x009e73 },
  no: { glyph: "✖", colour: 0xd55e00 },
  abstain: { glyph: "–", colour: 0x999999 },
  secret: { glyph: "•", colour: 0xa9b8cc },
};

type Pos = { x: number; y: number };
/** A ballot marker: a shape and a glyph that appear and scale together (no Container, so the lean Phaser build suffices). */
type Marker = { shape: Phaser.GameObjects.Graphics; glyph: Phaser.GameObjects.Text };

const hexColour = (hex: string) => Number.parseInt(hex.replace("#", "").padEnd(6, "0").slice(0, 6), 16) || 0;

export class ChamberScene extends Phaser.Scene {
  #g!: Phaser.GameObjects.Graphics;
  #texts: Phaser.GameObjects.GameObject[] = [];
  #markers = new Map<string, Marker>();
  #lastBallots = new Map<string, string | null>();
  #signature = "";
  #sleepTimer: number | undefined;
  readonly #onReady: () => void;

  constructor(onReady: () => void) {
    super("chamber");
    this.#onReady = onReady;
  }

  create(): void {
    this.#g = this.add.graphics();
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.#shutdown());
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.#shutdown());
    this.#onReady();
  }

  show(model: ChamberModel): void {
    if (model.signature === this.#signature) return;
    this.#signature = model.signature;
    this.game.loop.wake();
    this.#loopState("awake");
    const animating = this.#draw(model);
    // Sleep once the reveal animations are done: an idle chamber costs no frames.
    window.clearTimeout(this.#sleepTimer);
    this.#sleepTimer = window.setTimeout(() => {
      this.game.loop.sleep();
      this.#loopState("asleep");
    }, animating ? 900 : 150);
  }

  /** Exposed on the canvas for tests and curious developers: is the game loop running? */
  #loopState(state: "awake" | "asleep"): void {
    this.game.canvas.dataset.loop = state;
  }

  #layout(model: ChamberModel): Map<string, Pos> {
    const { width, height } = this.scale;
    const cx = width / 2;
    const cy = height * 0.42;
    const rx = width * 0.38;
    const ry = height * 0.4;
    const pos = new Map<string, Pos>();
    const delegations = model.seats.filter((s) => !s.observer);
    const observers = model.seats.filter((s) => s.observer);
    const n = delegations.length;
    // The horseshoe opens towards the chair at the top: from the left, round the bottom, to the right.
    delegations.forEach((s, i) => {
      const deg = n === 1 ? 90 : 195 - (i * 210) / (n - 1);
      const a = (deg * Math.PI) / 180;
      pos.set(s.id, { x: cx + Math.cos(a) * rx, y: cy + Math.sin(a) * ry });
    });
    observers.forEach((s, i) => {
      pos.set(s.id, { x: width * 0.06 + i * 0, y: height * 0.1 + i * 70 });
    });
    return pos;
  }

  #draw(model: ChamberModel): boolean {
    const g = this.#g;
    g.clear();
    for (const o of this.#texts) o.destroy();
    this.#texts = [];
    const { width, height } = this.scale;
    const pos = this.#layout(model);
    const r = Math.min(width, height) * 0.055;

    // The chair's dais.
    g.fillStyle(0x1d3555, 1).fillRoundedRect(width / 2 - 90, 14, 180, 40, 8);
    this.#text(width / 2, 34, "⚖", 22, "#e8eef7");

    // Links under the seats: coalitions solid, attributions dashed arrows.
    for (const l of model.links) {
      const a = pos.get(l.from);
      const b = pos.get(l.to);
      if (!a || !b) continue;
      if (l.kind === "coalition") {
        g.lineStyle(4, 0x56b4e9, 0.8).lineBetween(a.x, a.y, b.x, b.y);
      } else this.#arrow(a, b, r);
    }

    for (const s of model.seats) {
      const p = pos.get(s.id);
      if (p) this.#seat(s, p, r, s.speaking ? model.speakerClock : null);
    }
    this.#norms(model.norms);

    this.#text(width / 2, height * 0.4, model.title, Math.round(r * 0.75), "#e8eef7", width * 0.5);
    if (model.subtitle) this.#text(width / 2, height * 0.4 + r * 1.1, model.subtitle, Math.round(r * 0.5), "#a9b8cc", width * 0.5);
    if (model.escalation !== null) this.#gauge(model.escalation, model.escalationLabel);

    // Ballots: a marker appears with a small pop when a seat's vote is revealed.
    let animating = false;
    const seen = new Set<string>();
    for (const s of model.seats) {
      const p = pos.get(s.id);
      if (!p || s.ballot === null) continue;
      seen.add(s.id);
      const before = this.#lastBallots.get(s.id) ?? null;
      let marker = this.#markers.get(s.id);
      if (!marker || before !== s.ballot) {
        if (marker) destroyMarker(marker);
        marker = this.#ballotMarker(s.ballot, p.x + r * 0.9, p.y - r * 0.9, r * 0.5);
        this.#markers.set(s.id, marker);
        marker.shape.setScale(0.1);
        marker.glyph.setScale(0.1);
        this.tweens.add({ targets: [marker.shape, marker.glyph], scale: 1, duration: 450, ease: "Back.easeOut" });
        animating = true;
      } else {
        marker.shape.setPosition(p.x + r * 0.9, p.y - r * 0.9);
        marker.glyph.setPosition(p.x + r * 0.9, p.y - r * 0.9);
      }
      this.#lastBallots.set(s.id, s.ballot);
    }
    for (const [id, m] of this.#markers) {
      if (!seen.has(id)) {
        destroyMarker(m);
        this.#markers.delete(id);
        this.#lastBallots.delete(id);
      }
    }
    return animating;
  }

  /** Adopted norms along the bottom: a bar for strength and the stage in words and a symbol. */
  #norms(norms: ChamberModel["norms"]): void {
    const g = this.#g;
    const { width, height } = this.scale;
    const shown = norms.slice(0, 4);
    const w = Math.min(380, (width - 40) / Math.max(1, shown.length));
    shown.forEach((n, i) => {
      const x = 20 + i * w;
      const y = height - 46;
      const size = Math.round(width / 62);
      const room = Math.floor((w - 24) / (size * 0.55));
      const title = n.title.length > room ? `${n.title.slice(0, room - 1)}…` : n.title;
      this.#texts.push(this.add.text(x, y - size - 8, `${n.symbol} ${title}`, { fontFamily: FONT, fontSize: `${size}px`, color: "#e8eef7" }));
      g.lineStyle(2, 0xe8eef7, 1).strokeRect(x, y, w - 24, 14);
      g.fillStyle(n.strength >= 0.8 ? 0x009e73 : n.strength >= 0.4 ? 0x56b4e9 : 0xa9b8cc, 1).fillRect(x + 2, y + 2, Math.max(0, (w - 28) * n.strength), 10);
      this.#texts.push(this.add.text(x, y + 17, n.detail, { fontFamily: FONT, fontSize: `${size - 2}px`, color: "#a9b8cc" }));
    });
  }

  #seat(s: ChamberSeat, p: Pos, r: number, clock: string | null): void {
    const g = this.#g;
    const colour = hexColour(s.colour);
    if (s.speaking) {
      g.fillStyle(FOCUS, 0.25).fillCircle(p.x, p.y, r * 1.7);
      g.lineStyle(5, FOCUS, 1).strokeCircle(p.x, p.y, r * 1.45);
    }
    // Filled when someone is connected, hollow when empty or away: shape and fill, not colour alone.
    g.lineStyle(4, s.colour.toLowerCase() === "#000000" ? 0xffffff : colour, 1);
    g.fillStyle(s.connected ? colour : BG, 1);
    this.#shape(s.shape, p.x, p.y, s.observer ? r * 0.7 : r);
    if (s.occupied && !s.connected) this.#text(p.x, p.y, "…", Math.round(r * 0.6), "#a9b8cc");
    const label = `${s.speaking ? "🎙 " : ""}${s.name}${s.bot ? " 🤖" : ""}`;
    this.#text(p.x, p.y + r + 18, label, Math.round(Math.max(16, r * 0.5)), s.connected ? "#ffffff" : "#a9b8cc", r * 4.6);
    if (clock) this.#text(p.x, p.y - r * 1.75, clock, Math.round(Math.max(16, r * 0.55)), "#f0e442");
    if (s.queued !== null) {
      g.fillStyle(0x1d3555, 1).fillCircle(p.x - r * 0.95, p.y - r * 0.95, r * 0.38);
      this.#text(p.x - r * 0.95, p.y - r * 0.95, String(s.queued), Math.round(r * 0.4), "#f0e442");
    }
  }

  #ballotMarker(ballot: string, x: number, y: number, r: number): Marker {
    const b = BALLOT[ballot] ?? { glyph: "?", colour: 0xffffff };
    const shape = this.add.graphics({ x, y });
    shape.fillStyle(b.colour, 1).lineStyle(3, 0xffffff, 1);
    if (ballot === "no") { shape.fillRect(-r, -r, r * 2, r * 2); shape.strokeRect(-r, -r, r * 2, r * 2); }
    else { shape.fillCircle(0, 0, r); shape.strokeCircle(0, 0, r); }
    const glyph = this.add.text(x, y, b.glyph, { fontFamily: FONT, fontSize: `${Math.round(r * 1.3)}px`, color: "#ffffff" }).setOrigin(0.5);
    return { shape, glyph };
  }

  #arrow(a: Pos, b: Pos, r: number): void {
    const g = this.#g;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const ux = dx / len;
    const uy = dy / len;
    g.lineStyle(3, 0xcc79a7, 1);
    // Dashed, so an accusation never looks like a coalition line.
    for (let d = r; d < len - r * 1.3; d += 14) {
      const e = Math.min(d + 8, len - r * 1.3);
      g.lineBetween(a.x + ux * d, a.y + uy * d, a.x + ux * e, a.y + uy * e);
    }
    const tip = { x: b.x - ux * r * 1.2, y: b.y - uy * r * 1.2 };
    g.fillStyle(0xcc79a7, 1).fillTriangle(tip.x, tip.y, tip.x - ux * 16 - uy * 9, tip.y - uy * 16 + ux * 9, tip.x - ux * 16 + uy * 9, tip.y - uy * 16 - ux * 9);
  }

  #gauge(value: number, label: string): void {
    const g = this.#g;
    const { width } = this.scale;
    const x = width - 230;
    const y = 18;
    const w = 200;
    g.lineStyle(2, 0xe8eef7, 1).strokeRect(x, y, w, 22);
    const v = Math.max(0, Math.min(100, value));
    const colour = v >= 70 ? 0xd55e00 : v >= 40 ? 0xe69f00 : 0x009e73;
    g.fillStyle(colour, 1).fillRect(x + 2, y + 2, ((w - 4) * v) / 100, 18);
    for (const tick of [40, 70]) g.lineStyle(2, 0xffffff, 1).lineBetween(x + (w * tick) / 100, y - 4, x + (w * tick) / 100, y + 26);
    this.#text(x + w / 2, y + 40, label, 16, "#e8eef7");
  }

  #text(x: number, y: number, text: string, size: number, color: string, wrap?: number): void {
    const o = this.add.text(x, y, text, { fontFamily: FONT, fontSize: `${size}px`, color, align: "center", ...(wrap ? { wordWrap: { width: wrap } } : {}) }).setOrigin(0.5);
    this.#texts.push(o);
  }

  #shape(shape: string, x: number, y: number, r: number): void {
    const g = this.#g;
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

  #shutdown(): void {
    window.clearTimeout(this.#sleepTimer);
    this.tweens.killAll();
    for (const m of this.#markers.values()) destroyMarker(m);
    this.#markers.clear();
  }
}

function destroyMarker(m: Marker): void {
  m.shape.destroy();
  m.glyph.destroy();
}
