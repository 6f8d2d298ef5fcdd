// Assembles the server: the session room, the REST API and the built client, one process.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { defineRoom } from "@colyseus/core";
import config from "@colyseus/tools";
import { WebSocketTransport } from "@colyseus/ws-transport";
import express from "express";
import { apiRouter } from "./http/api.ts";
import { createForumRoom } from "./rooms/ForumRoom.ts";
import type { ScenarioCatalog } from "./scenarios/catalog.ts";
import { ROOM_NAME } from "./sessions/create-session.ts";
import type { EventStore } from "./store/event-store.ts";

export type AppDeps = {
  readonly store: EventStore;
  readonly catalog: ScenarioCatalog;
  readonly now: () => number;
  readonly idleMinutes: number;
  readonly reconnectSeconds: number;
  /** Mean pause before a bot's move, in ms. */
  readonly botDelayMs: number;
  /** Folder of the built client; served at / when present. */
  readonly clientDist?: string;
  /** The address students open to join; unset: the address each request came to. */
  readonly publicUrl?: string | undefined;
};

export function createApp(deps: AppDeps) {
  const ForumRoom = createForumRoom(deps);
  return config({
    options: { greet: false },
    // ws' default 4 kB frame limit would cut off a long proposal; the room itself answers
    // intents above LIMITS.intentBytes with intent/too-large, and only frames past this
    // hard cap close the socket.
    initializeTransport: (options) => new WebSocketTransport({ ...options, maxPayload: 64 * 1024 }),
    rooms: { [ROOM_NAME]: defineRoom(ForumRoom) },
    initializeExpress: (app) => {
      app.use("/api", apiRouter(deps));
      const dist = deps.clientDist;
      if (dist && existsSync(join(dist, "index.html"))) {
        app.use(express.static(dist, { index: "index.html", maxAge: "1h" }));
        app.get(/^\/(?!api\/|matchmake\/).*/, (_req, res) => res.sendFile(join(dist, "index.html")));
      }
    },
  });
}
