import { resolve } from "node:path";
import { defineConfig } from "vite";

// The client is served by the game server from client/dist; `npm run dev:client` proxies the API.
// Phaser is built from its own source modules (its "core" entry: no physics, tilemaps, particles
// or loaders we do not use) with its feature flags set, instead of the prebuilt 1.4 MB bundle.
// The code still imports "phaser" and gets Phaser's own types.
const phaserCore = resolve(import.meta.dirname, "../node_modules/phaser/src/phaser-core.js");

export default defineConfig(({ command }) => ({
  root: import.meta.dirname,
  resolve: {
    alias: [{ find: /^phaser$/, replacement: phaserCore }],
    // A build is a production build even when started from a test run (NODE_ENV=test would pick
    // libraries' development exports, such as lit-html's dev mode).
    ...(command === "build" ? { conditions: ["module", "browser", "production"] } : {}),
  },
  define: {
    "typeof CANVAS_RENDERER": JSON.stringify(true),
    "typeof WEBGL_RENDERER": JSON.stringify(true),
    "typeof WEBGL_DEBUG": JSON.stringify(false),
    "typeof FEATURE_SOUND": JSON.stringify(false),
    // Phaser's source entry ends with `global.Phaser = Phaser` (webpack provides `global`).
    global: "globalThis",
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1600,
    rollupOptions: { output: { manualChunks: (id) => (id.includes("node_modules/phaser") ? "phaser" : undefined) } },
  },
  server: {
    proxy: {
      "/api": "http://localhost:2567",
      "/matchmake": { target: "http://localhost:2567", ws: true },
    },
  },
}));
