// Starts the Phaser game inside a container and hands chamber models to the scene.
// Phaser loads lazily so the HTML panels are usable before the canvas is ready, and the
// game loop sleeps whenever nothing moves, sparing 2-core laptops and projectors.
import type { View } from "../../../shared/protocol/view.ts";
import { chamberModel, type ChamberExtras, type ChamberModel } from "./chamber-model.ts";

export type Chamber = { update(view: View, now: number, extras?: ChamberExtras): void; destroy(): void; container: HTMLElement };

export function mountChamber(container: HTMLElement, opts: { large?: boolean } = {}): Chamber {
  let latest: ChamberModel | null = null;
  let scene: { show(model: ChamberModel): void } | null = null;
  let game: { destroy(removeCanvas: boolean): void } | null = null;
  let destroyed = false;
  // ?renderer=canvas|webgl, or the same remembered in localStorage (used by browser tests).
  const renderer = new URLSearchParams(location.search).get("renderer") ?? localStorage.getItem("normcraft:renderer");
  void Promise.all([import("phaser"), import("./chamber-scene.ts")]).then(([{ default: Phaser }, { ChamberScene }]) => {
    if (destroyed) return;
    const chamber = new ChamberScene(() => {
      scene = chamber;
      container.dataset.ready = "true";
      container.dataset.renderer = g.renderer.type === Phaser.WEBGL ? "webgl" : "canvas";
      if (latest) chamber.show(latest);
    });
    const g = new Phaser.Game({
      type: renderer === "canvas" ? Phaser.CANVAS : renderer === "webgl" ? Phaser.WEBGL : Phaser.AUTO,
      parent: container,
      width: opts.large ? 1200 : 960,
      height: opts.large ? 760 : 600,
      backgroundColor: "#0f1b2d",
      scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
      fps: { target: 30, limit: 30 },
      // The chamber takes no keyboard input: keys belong to the HTML forms beside it.
      input: { keyboard: false, mouse: false, touch: false },
      banner: false,
      scene: chamber,
    });
    game = g;
  });
  return {
    container,
    update(view, now, extras) {
      latest = chamberModel(view, now, extras);
      scene?.show(latest);
    },
    destroy() {
      destroyed = true;
      game?.destroy(true);
    },
  };
}
