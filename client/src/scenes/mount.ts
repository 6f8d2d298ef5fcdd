// Starts the Phaser game inside a container and hands views to the chamber scene.
// Phaser loads lazily so the HTML panels are usable before the canvas is ready.
import type { View } from "../../../shared/protocol/view.ts";

export type Chamber = { update(view: View): void; destroy(): void };

export function mountChamber(container: HTMLElement): Chamber {
  let latest: View | null = null;
  let scene: { show(view: View): void } | null = null;
  let game: { destroy(removeCanvas: boolean): void } | null = null;
  // ?renderer=canvas|webgl, or the same remembered in localStorage (used by browser tests).
  const renderer = new URLSearchParams(location.search).get("renderer") ?? localStorage.getItem("normcraft:renderer");
  void Promise.all([import("phaser"), import("./chamber-scene.ts")]).then(([{ default: Phaser }, { ChamberScene }]) => {
    const chamber = new ChamberScene(() => {
      scene = chamber;
      container.dataset.ready = "true";
      if (latest) chamber.show(latest);
    });
    game = new Phaser.Game({
      type: renderer === "canvas" ? Phaser.CANVAS : renderer === "webgl" ? Phaser.WEBGL : Phaser.AUTO,
      parent: container,
      width: 800,
      height: 520,
      backgroundColor: "#0f1b2d",
      scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
      // The chamber changes only when the view does: a low frame rate spares 2-core laptops.
      fps: { target: 30, limit: 30 },
      input: { keyboard: false },
      banner: false,
      scene: chamber,
    });
  });
  return {
    update(view) {
      latest = view;
      scene?.show(view);
    },
    destroy() {
      game?.destroy(true);
    },
  };
}
