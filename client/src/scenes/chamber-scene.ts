// The chamber: a ring of delegation seats. It draws the view it is given and decides nothing.
import Phaser from "phaser";
import type { SeatView, View } from "../../../shared/protocol/view.ts";

const RING = { cx: 400, cy: 270, rx: 300, ry: 190, seat: 34 };

export class ChamberScene extends Phaser.Scene {
  #graphics!: Phaser.GameObjects.Graphics;
  #labels: Phaser.GameObjects.Text[] = [];
  #title!: Phaser.GameObjects.Text;
  readonly #onReady: () => void;

  constructor(onReady: () => void) {
    super("chamber");
    this.#onReady = onReady;
  }

  create(): void {
    this.#graphics = this.add.graphics();
    this.#title = this.add.text(RING.cx, RING.cy, "", { fontFamily: "system-ui, sans-serif", fontSize: "22px", color: "#e8eef7", align: "center" }).setOrigin(0.5);
    this.#onReady();
  }

  show(view: View): void {
    const g = this.#graphics;
    g.clear();
    for (const label of this.#labels) label.destroy();
    this.#labels = [];
    const delegations = view.seats.filter((s) => s.kind === "delegation");
    const question = view.proposals.find((p) => p.id === view.question);
    const voted = new Set(question?.ballots.map((b) => b.seat) ?? []);
    // Ring of seats, starting at the top and going clockwise.
    g.lineStyle(2, 0x2a3d5c, 1).strokeEllipse(RING.cx, RING.cy, RING.rx * 2, RING.ry * 2);
    delegations.forEach((seat, i) => {
      const angle = -Math.PI / 2 + (i / delegations.length) * Math.PI * 2;
      const x = RING.cx + Math.cos(angle) * RING.rx;
      const y = RING.cy + Math.sin(angle) * RING.ry;
      this.#drawSeat(seat, x, y, voted.has(seat.id));
    });
    const stage = view.session.stage;
    this.#title.setText(question ? `${question.id}: ${question.title}` : stage === "lobby" ? "Lobby" : `Round ${view.session.round} · ${stage}`);
  }

  #drawSeat(seat: SeatView, x: number, y: number, hasVoted: boolean): void {
    const g = this.#graphics;
    const colour = Phaser.Display.Color.HexStringToColor(seat.emblem.colour).color;
    const connected = seat.players.some((p) => p.connected);
    const r = RING.seat;
    // Filled when someone is connected, outlined when empty or away: shape and fill, not colour alone.
    g.lineStyle(3, colour, 1);
    if (connected) g.fillStyle(colour, 1);
    else g.fillStyle(0x0f1b2d, 1);
    this.#shape(seat.emblem.shape, x, y, r);
    if (hasVoted) {
      g.lineStyle(4, 0xffffff, 1);
      g.strokeCircle(x + r * 0.8, y - r * 0.8, 10);
      g.lineBetween(x + r * 0.8 - 5, y - r * 0.8, x + r * 0.8 - 1, y - r * 0.8 + 5);
      g.lineBetween(x + r * 0.8 - 1, y - r * 0.8 + 5, x + r * 0.8 + 6, y - r * 0.8 - 5);
    }
    const label = this.add
      .text(x, y + r + 14, seat.name, { fontFamily: "system-ui, sans-serif", fontSize: "16px", color: connected ? "#ffffff" : "#9fb0c8" })
      .setOrigin(0.5, 0);
    this.#labels.push(label);
  }

  #shape(shape: string, x: number, y: number, r: number): void {
    const g = this.#graphics;
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
}
