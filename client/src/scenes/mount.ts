// Starts the Phaser game inside a container and hands chamber models to the scene. Phaser loads
// lazily so the HTML panels are usable before the canvas is ready; the canvas follows its
// container's size (so the projector's chamber fills its part of the screen), and the game loop
// sleeps whenever nothing moves, sparing 2-core laptops and projectors.
import type { ChamberModel } from "./chamber-model.ts";

export type Chamber = { update(model: ChamberModel): void; destroy(): void; container: HTMLElement };

/** Reduced motion: the person's system setting, or `?motion=reduced` (a projector's address). */
export function reducedMotion(): boolean {
  return new URLSearchParams(location.search).get("motion") === "reduced" || matchMedia("(prefers-reduced-motion: reduce)").matches;
}

export function mountChamber(container: HTMLElement): Chamber {
  let latest: ChamberModel | null = null;
  let scene: { show(model: ChamberModel): void; relayout(): void } | null = null;
  let game: { destroy(removeCanvas: boolean): void } | null = null;
  let resize: ResizeObserver | null = null;
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
      width: Math.max(320, container.clientWidth),
      height: Math.max(200, container.clientHeight),
      backgroundColor: "#0f1b2d",
      scale: { mode: Phaser.Scale.RESIZE },
      fps: { target: 30, limit: 30 },
      // The chamber takes no keyboard input: keys belong to the HTML forms beside it.
      input: { keyboard: false, mouse: false, touch: false },
      banner: false,
      scene: chamber,
    });
    game = g;
    // A sleeping loop does not notice its container changing size: lay the room out again (and
    // only when the size really changed, so the canvas's own resizing does not echo back).
    let size = "";
    resize = new ResizeObserver(() => {
      const now = `${container.clientWidth}×${container.clientHeight}`;
      if (now === size) return;
      size = now;
      scene?.relayout();
    });
    resize.observe(container);
  });
  return {
    container,
    update(model) {
      latest = model;
      scene?.show(model);
    },
    destroy() {
      destroyed = true;
      resize?.disconnect();
      game?.destroy(true);
    },
  };
}
