// The chamber: a horseshoe of delegations facing the chair, drawn from the model it is given —
// the floor holder lit with its speaking time as a ring, coalitions as links, this round's
// attributions as arrows graded by confidence and mode, proposals as cards with their sponsors
// linked, ballots revealed seat by seat, the escalation index as the room's light, and the norm
// board along the bottom. It decides nothing, records what it drew (canvas.dataset.drawn, the
// same keys as the DOM description) and puts its game loop to sleep when nothing moves.
import Phaser from "phaser";
import { chamberKeys as keys } from "./chamber-keys.ts";
import { chamberLayout, type Box, type ChamberLayout, type Pos } from "./chamber-layout.ts";
import { HIGH, type Attribution, type Ballot, type ChamberModel, type ChamberSeat, type NormBar } from "./chamber-model.ts";
import { hexColour, MUTED, roomLight, TEXT } from "./chamber-colours.ts";
import { drawBallot, drawBot, drawShape, roundedRect } from "./chamber-shapes.ts";

const FONT = "system-ui, sans-serif";
const FOCUS = 0xf0e442;
const ACCUSE = 0xcc79a7;
const COALITION = 0x56b4e9;
const STATUS: Record<string, number> = { tabled: 0x56b4e9, voting: FOCUS, adopted: 0x009e73, rejected: 0xd55e00 };
const STAGE: Record<string, number> = { emergence: 0xa9b8cc, cascade: 0x56b4e9, internalized: 0x009e73, none: 0x666666 };

export class ChamberScene extends Phaser.Scene {
  #g!: Phaser.GameObjects.Graphics;
  #glow!: Phaser.GameObjects.Graphics;
  #ring!: Phaser.GameObjects.Graphics;
  #clock: Phaser.GameObjects.Text | null = null;
  #texts: Phaser.GameObjects.GameObject[] = [];
  #markers = new Map<string, { g: Phaser.GameObjects.Graphics; ballot: Ballot }>();
  #model: ChamberModel | null = null;
  #layout: ChamberLayout | null = null;
  #signature = "";
  #escalationShown: number | null = null;
  #drawn: string[] = [];
  #sleepTimer: number | undefined;
  readonly #onReady: () => void;

  constructor(onReady: () => void) {
    super("chamber");
    this.#onReady = onReady;
  }

  create(): void {
    this.#glow = this.add.graphics();
    this.#g = this.add.graphics();
    this.#ring = this.add.graphics().setDepth(5);
    this.scale.on("resize", () => {
      if (!this.#model) return;
      this.#redraw(this.#model);
      this.#sleepSoon();
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.#shutdown());
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.#shutdown());
    this.#onReady();
  }

  show(model: ChamberModel): void {
    const full = model.signature !== this.#signature;
    const clockOnly = !full && model.speaker?.clock !== this.#model?.speaker?.clock;
    this.#model = model;
    if (!full && !clockOnly) return;
    this.#wake();
    if (full) this.#redraw(model);
    else this.#speaker(model);
    this.#sleepSoon();
  }

  /** The container changed size: fit the canvas to it and draw the room again. */
  relayout(): void {
    this.#wake();
    this.scale.refresh();
    if (this.#model) this.#redraw(this.#model);
    this.#sleepSoon();
  }

  #wake(): void {
    this.game.loop.wake();
    this.game.canvas.dataset.loop = "awake";
  }

  /** Sleeps once every animation has finished: an idle chamber costs no frames. */
  #sleepSoon(): void {
    window.clearTimeout(this.#sleepTimer);
    this.#sleepTimer = window.setTimeout(() => {
      if (this.tweens.getTweens().length > 0) return this.#sleepSoon();
      this.game.loop.sleep();
      this.game.canvas.dataset.loop = "asleep";
    }, 80);
  }

  #redraw(m: ChamberModel): void {
    // Timed with the User Timing API, so a profile (or a benchmark) can read what a redraw costs.
    const started = performance.now();
    this.#wake();
    this.#signature = m.signature;
    const g = this.#g;
    g.clear();
    for (const o of this.#texts) o.destroy();
    this.#texts = [];
    this.#drawn = [];
    // A container not laid out yet (or hidden) has no room to draw in; the next resize redraws.
    if (this.scale.width < 60 || this.scale.height < 60) return;
    const L = chamberLayout(m, this.scale.width, this.scale.height);
    this.#layout = L;
    this.#atmosphere(m, L);
    // The chair's dais and the question before the forum.
    g.fillStyle(0x1d3555, 1);
    roundedRect(g, L.dais, 8, "fill");
    this.#label(L.dais.x + L.dais.w / 2, L.dais.y + L.dais.h / 2, m.labels.chair, L.text, TEXT, L.dais.w);
    this.#label(L.title.x, L.title.y, m.title, Math.round(L.text * 1.25), TEXT, L.width * 0.5, true);
    if (m.subtitle) this.#label(L.title.x, L.title.y + L.text * 1.6, m.subtitle, L.text, MUTED, L.width * 0.5);

    for (const c of m.coalitions) {
      const a = L.seats.get(c.a);
      const b = L.seats.get(c.b);
      if (!a || !b) continue;
      g.lineStyle(Math.min(12, 1 + c.pledges * 2.5), COALITION, 0.75).lineBetween(a.x, a.y, b.x, b.y);
      this.#drawn.push(keys.coalition(c));
    }
    for (const p of m.proposals) {
      const box = L.cards.get(p.id);
      if (!box) continue;
      for (const s of p.sponsors) {
        const at = L.seats.get(s);
        const seat = m.seats.find((x) => x.id === s);
        if (at && seat) g.lineStyle(2, hexColour(seat.colour), 0.8).lineBetween(at.x, at.y, box.x + box.w / 2, box.y + box.h / 2);
      }
      this.#card(p.id, p.title, p.status, box, L);
      this.#drawn.push(keys.proposal(p));
    }
    for (const a of m.actors) {
      const at = L.actors.get(a.id);
      if (!at) continue;
      const box = { x: at.x - L.r * 1.6, y: at.y - L.r * 0.7, w: L.r * 3.2, h: L.r * 1.4 };
      g.lineStyle(3, ACCUSE, 1).fillStyle(0x2a1530, 1);
      roundedRect(g, box, 6, "fill");
      roundedRect(g, box, 6, "stroke");
      this.#label(at.x, at.y, a.name, Math.max(10, Math.round(L.text * 0.8)), TEXT, L.r * 3);
      this.#drawn.push(keys.actor(a.id));
    }
    for (const a of m.attributions) this.#attribution(a, L);
    for (const s of m.seats) {
      const p = L.seats.get(s.id);
      if (!p) continue;
      this.#seat(s, p, L);
      this.#drawn.push(keys.seat(s));
    }
    this.#ballots(m, L);
    this.#board(m.norms, m, L);
    this.#speaker(m);
    this.game.canvas.dataset.drawn = this.#drawn.sort().join(" ");
    performance.measure("chamber-redraw", { start: started });
  }

  /** The escalation index as the room's light: from calm navy to a dark ember, with a warm edge; past HIGH it pulses a few times. */
  #atmosphere(m: ChamberModel, L: ChamberLayout): void {
    const e = m.escalation ?? 0;
    this.cameras.main.setBackgroundColor(roomLight(e));
    const glow = this.#glow;
    glow.clear();
    if (m.escalation === null) return;
    const strength = e / 100;
    for (let i = 0; i < 6; i++) {
      const inset = i * L.r * 0.35;
      glow.lineStyle(L.r * 0.4, 0xd55e00, 0.3 * strength * (1 - i / 6)).strokeRect(inset, inset, L.width - inset * 2, L.height - inset * 2);
    }
    // The gauge, its number and band in words live in the DOM too; here a bar with the threshold marks.
    const G = L.gauge;
    const g = this.#g;
    g.lineStyle(2, 0xe8eef7, 1).strokeRect(G.x, G.y, G.w, G.h);
    g.fillStyle(e >= HIGH ? 0xd55e00 : e >= 40 ? 0xe69f00 : 0x009e73, 1).fillRect(G.x + 2, G.y + 2, ((G.w - 4) * e) / 100, G.h - 4);
    for (const tick of [40, HIGH]) g.lineStyle(2, 0xffffff, 1).lineBetween(G.x + (G.w * tick) / 100, G.y - 3, G.x + (G.w * tick) / 100, G.y + G.h + 3);
    this.#label(G.x + G.w / 2, G.y + G.h + L.text, m.labels.escalation, Math.max(10, Math.round(L.text * 0.85)), TEXT, G.w * 1.2);
    this.#drawn.push(keys.escalation(e));
    const changed = this.#escalationShown !== e;
    this.#escalationShown = e;
    this.tweens.killTweensOf(glow);
    glow.setAlpha(1);
    if (changed && e >= HIGH && !m.reducedMotion) this.tweens.add({ targets: glow, alpha: 0.35, duration: 700, yoyo: true, repeat: 2, ease: "Sine.easeInOut" });
  }

  #seat(s: ChamberSeat, p: Pos, L: ChamberLayout): void {
    const g = this.#g;
    const r = s.observer ? L.r * 0.75 : L.r;
    const colour = hexColour(s.colour);
    if (s.speaking) g.fillStyle(FOCUS, 0.22).fillCircle(p.x, p.y, r * 1.9);
    // Filled when someone is there, hollow when empty or away: shape and fill, never colour alone.
    g.lineStyle(3, s.colour.toLowerCase() === "#000000" ? 0xffffff : colour, 1);
    g.fillStyle(s.connected ? colour : 0x0f1b2d, s.connected ? 1 : 0.6);
    drawShape(g, s.shape, p.x, p.y, r);
    if (s.bot) drawBot(g, p.x - r * 1.05, p.y + r * 0.75, r * 0.42);
    const size = Math.max(10, Math.round(L.text * (s.observer ? 0.8 : 0.9)));
    this.#label(p.x, p.y + r + size * 0.9, s.name, size, s.connected ? TEXT : MUTED, Math.max(r * 3.4, 80));
    if (s.queued !== null) {
      g.fillStyle(0x1d3555, 1).lineStyle(2, FOCUS, 1).fillCircle(p.x - r * 1.05, p.y - r * 1.05, r * 0.42).strokeCircle(p.x - r * 1.05, p.y - r * 1.05, r * 0.42);
      this.#label(p.x - r * 1.05, p.y - r * 1.05, String(s.queued), Math.max(9, Math.round(r * 0.5)), "#f0e442");
    }
  }

  /** Démarche dotted, public solid, joint doubled; thicker and brighter with confidence; an arrowhead at the accused. */
  #attribution(a: Attribution, L: ChamberLayout): void {
    const to = L.seats.get(a.accused) ?? L.actors.get(a.accused);
    if (!to) return;
    const width = a.confidence === "high" ? 5 : a.confidence === "medium" ? 3.5 : 2;
    const alpha = a.confidence === "high" ? 1 : a.confidence === "medium" ? 0.85 : 0.65;
    const g = this.#g;
    for (const by of a.by) {
      const from = L.seats.get(by);
      if (!from) continue;
      const dx = to.x - from.x;
      const dy = to.y - from.y;
      const len = Math.hypot(dx, dy) || 1;
      const ux = dx / len;
      const uy = dy / len;
      const start = L.r * 1.1;
      const end = len - L.r * 1.5;
      // Kept to the right of its direction, so an accusation and the answering one never overlap.
      const side = width * 2;
      const offsets = a.mode === "joint" ? [side - width * 1.1, side + width * 1.1] : [side];
      g.lineStyle(width, ACCUSE, alpha);
      for (const o of offsets) {
        const ox = -uy * o;
        const oy = ux * o;
        if (a.mode === "private") {
          for (let d = start; d < end; d += width * 3.2) g.fillStyle(ACCUSE, alpha).fillCircle(from.x + ux * d + ox, from.y + uy * d + oy, width * 0.7);
        } else g.lineBetween(from.x + ux * start + ox, from.y + uy * start + oy, from.x + ux * end + ox, from.y + uy * end + oy);
      }
      const tip = { x: from.x + ux * (end + width * 3) - uy * side, y: from.y + uy * (end + width * 3) + ux * side };
      const back = width * 3.5;
      g.fillStyle(ACCUSE, alpha).fillTriangle(tip.x, tip.y, tip.x - ux * back - uy * back * 0.6, tip.y - uy * back + ux * back * 0.6, tip.x - ux * back + uy * back * 0.6, tip.y - uy * back - ux * back * 0.6);
    }
    this.#drawn.push(keys.attribution(a));
  }

  #card(id: string, title: string, status: string, box: Box, L: ChamberLayout): void {
    const g = this.#g;
    g.fillStyle(0x16294a, 0.95);
    roundedRect(g, box, 6, "fill");
    g.lineStyle(status === "voting" ? 4 : 2, STATUS[status] ?? 0xffffff, 1);
    roundedRect(g, box, 6, "stroke");
    const size = Math.max(10, Math.round(L.text * 0.85));
    const room = Math.floor((box.w - 12) / (size * 0.52)) * 2;
    const text = title.length > room ? `${title.slice(0, room - 1)}…` : title;
    this.#texts.push(this.add.text(box.x + 6, box.y + 4, id, { fontFamily: FONT, fontSize: `${size}px`, fontStyle: "bold", color: TEXT }));
    this.#texts.push(this.add.text(box.x + 6, box.y + 6 + size * 1.2, text, { fontFamily: FONT, fontSize: `${Math.max(9, size - 2)}px`, color: MUTED, wordWrap: { width: box.w - 12 }, maxLines: 2 }));
  }

  /** New ballots appear seat by seat, each with a small pop (at once when motion is reduced). */
  #ballots(m: ChamberModel, L: ChamberLayout): void {
    const seen = new Set<string>();
    let delay = 0;
    for (const s of m.seats) {
      const p = L.seats.get(s.id);
      if (!p || s.ballot === null) continue;
      seen.add(s.id);
      const at = { x: p.x + L.r * 1.05, y: p.y - L.r * 1.05 };
      const before = this.#markers.get(s.id);
      if (before && before.ballot === s.ballot) {
        before.g.setPosition(at.x, at.y);
        drawBallot(before.g, s.ballot, L.r * 0.5);
      } else {
        before?.g.destroy();
        const marker = this.add.graphics({ x: at.x, y: at.y }).setDepth(4);
        drawBallot(marker, s.ballot, L.r * 0.5);
        this.#markers.set(s.id, { g: marker, ballot: s.ballot });
        if (!m.reducedMotion) {
          marker.setScale(0);
          this.tweens.add({ targets: marker, scale: 1, delay, duration: 380, ease: "Back.easeOut" });
          delay += 180;
        }
      }
      this.#drawn.push(keys.ballot(s.id, s.ballot));
    }
    for (const [id, marker] of this.#markers) {
      if (!seen.has(id)) {
        marker.g.destroy();
        this.#markers.delete(id);
      }
    }
  }

  /** The norm board: each adopted norm's strength on a track divided into its life-cycle stages. */
  #board(norms: NormBar[], m: ChamberModel, L: ChamberLayout): void {
    const g = this.#g;
    const B = L.board;
    if (norms.length === 0) {
      this.#label(B.x + B.w / 2, B.y + B.h / 2, m.labels.noNorms, L.text, MUTED, B.w);
      return;
    }
    const shown = [...norms].sort((a, b) => b.strength - a.strength).slice(0, 4);
    const w = B.w / shown.length;
    const size = Math.max(9, Math.round(L.text * 0.8));
    shown.forEach((n, i) => {
      const x = B.x + i * w + 6;
      const tw = w - 18;
      const ty = B.y + size * 1.7;
      const th = Math.max(10, B.h * 0.22);
      const room = Math.floor(tw / (size * 0.55));
      this.#texts.push(this.add.text(x, B.y, n.title.length > room ? `${n.title.slice(0, room - 1)}…` : n.title, { fontFamily: FONT, fontSize: `${size}px`, color: TEXT }));
      // Three zones: emergence (0–40 %), cascade (40–80 %), internalized (80–100 %).
      const zones: [number, number, "emergence" | "cascade" | "internalized"][] = [[0, 0.4, "emergence"], [0.4, 0.8, "cascade"], [0.8, 1, "internalized"]];
      for (const [from, to, stage] of zones) {
        g.fillStyle(0x1d3555, n.stage === stage ? 1 : 0.5).fillRect(x + tw * from, ty, tw * (to - from), th);
        this.#label(x + tw * (from + to) / 2, ty + th + size * 0.75, m.labels.stages[stage], Math.max(8, size - 3), n.stage === stage ? TEXT : MUTED, tw * (to - from));
      }
      g.fillStyle(STAGE[n.stage] ?? 0xffffff, 1).fillRect(x, ty + th * 0.25, tw * n.strength, th * 0.5);
      g.lineStyle(2, 0xe8eef7, 1).strokeRect(x, ty, tw, th);
      for (const mark of [0.4, 0.8]) g.lineStyle(2, 0xffffff, 1).lineBetween(x + tw * mark, ty - 3, x + tw * mark, ty + th + 3);
      g.fillStyle(0xffffff, 1).fillTriangle(x + tw * n.strength, ty - 2, x + tw * n.strength - 6, ty - 10, x + tw * n.strength + 6, ty - 10);
      this.#drawn.push(keys.norm(n));
    });
  }

  /** The floor holder's speaking time as a ring that empties, and the time in figures. */
  #speaker(m: ChamberModel): void {
    const ring = this.#ring;
    ring.clear();
    const L = this.#layout;
    const sp = m.speaker;
    const p = sp && L ? L.seats.get(sp.seat) : undefined;
    if (!sp || !L || !p) {
      this.#clock?.destroy();
      this.#clock = null;
      return;
    }
    const radius = L.r * 1.45;
    ring.lineStyle(L.r * 0.22, 0xffffff, 0.2).strokeCircle(p.x, p.y, radius);
    ring.lineStyle(L.r * 0.22, FOCUS, 1).beginPath();
    ring.arc(p.x, p.y, radius, -Math.PI / 2, -Math.PI / 2 + Math.PI * 2 * sp.fraction, false);
    ring.strokePath();
    const size = Math.max(11, Math.round(L.r * 0.6));
    if (!this.#clock) this.#clock = this.add.text(0, 0, "", { fontFamily: FONT, fontSize: `${size}px`, fontStyle: "bold", color: "#f0e442" }).setOrigin(0.5).setDepth(6);
    this.#clock.setText(sp.clock).setFontSize(size).setPosition(p.x, p.y - radius - size * 0.8);
    if (!this.#drawn.includes(keys.speaker(sp.seat))) {
      this.#drawn.push(keys.speaker(sp.seat));
      this.game.canvas.dataset.drawn = [...this.#drawn].sort().join(" ");
    }
  }

  #label(x: number, y: number, text: string, size: number, color: string, wrap?: number, bold = false): void {
    const o = this.add.text(x, y, text, { fontFamily: FONT, fontSize: `${size}px`, color, align: "center", ...(bold ? { fontStyle: "bold" } : {}), ...(wrap ? { wordWrap: { width: wrap } } : {}) }).setOrigin(0.5);
    this.#texts.push(o);
  }

  #shutdown(): void {
    window.clearTimeout(this.#sleepTimer);
    this.tweens.killAll();
    for (const m of this.#markers.values()) m.g.destroy();
    this.#markers.clear();
  }
}
