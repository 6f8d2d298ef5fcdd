// Views per audience, through the real server and real SDK clients: after a session long enough
// to slide past the views' windows, every client's view equals viewFor for its viewer; members
// of one audience receive the very same patch bytes, and what is private to one audience never
// reaches another's wire (tests/view checks that a buffer goes to one audience only). The
// recorder must load before the SDK does.
import { decodeFrame, wire } from "../helpers/wire-recorder.ts";
import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ForumRoom } from "../../server/rooms/ForumRoom.ts";
import { MESSAGE_TYPES } from "../../shared/protocol/message-types.ts";
import { RULES } from "../../shared/rules/constants.ts";
import { viewFor, type Viewer } from "../../shared/view/view-for.ts";
import type { Connection } from "../../client/src/net/connection.ts";
import { startServer, until, type TestServer } from "../helpers/server.ts";
import { loadBuiltin } from "../helpers/scenarios.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ scenarios: [loadBuiltin("seminar")] });
});
afterAll(async () => {
  await server?.close();
  wire.uninstall();
});

/** The view patches a label received, as byte strings, split by stream. */
function patchFrames(label: string): { audience: string[]; personal: string[] } {
  const out = { audience: [] as string[], personal: [] as string[] };
  for (const frame of wire.frames(label)) {
    const message = decodeFrame(frame);
    if (message?.type !== MESSAGE_TYPES.viewPatch) continue;
    const { stream } = message.body as { stream: "audience" | "personal" };
    out[stream].push(message.bytes);
  }
  return out;
}

describe("views per audience", () => {
  it("every client holds viewFor of its viewer; one audience shares bytes, audiences never do", async () => {
    const { code, facilitatorKey } = await server.create({ scenarioId: "seminar" });
    const clients: Record<string, { conn: Connection; viewer: () => Viewer }> = {};
    const join = async (label: string, as: Parameters<TestServer["join"]>[1]) => {
      wire.label(`aud-${label}`);
      const conn = await server.join(code, as);
      await until(conn, (c) => c.view && c.welcome);
      const viewer = (): Viewer =>
        as.as === "facilitator" ? { kind: "facilitator" } : as.as === "spectator" ? { kind: "spectator" } : { kind: "player", playerId: conn.welcome?.playerId ?? "" };
      clients[label] = { conn, viewer };
      return conn;
    };
    const chair = await join("chair", { as: "facilitator", key: facilitatorKey });
    const val1 = await join("val1", { as: "player", name: "Ana" });
    const val2 = await join("val2", { as: "player", name: "Bea" });
    const kar = await join("kar", { as: "player", name: "Kofi" });
    await join("spectator", { as: "spectator" });
    await join("projector", { as: "spectator" });
    await val1.act({ type: "seat.claim", seat: "VAL" });
    await val2.act({ type: "seat.claim", seat: "VAL" });
    await kar.act({ type: "seat.claim", seat: "KAR" });
    await chair.act({ type: "session.start" });
    await chair.act({ type: "floor.configure", openDebate: true });
    // Past the journal's and the message lists' windows, on every channel, at a pace that keeps
    // each client under the room's rate limit.
    for (let i = 0; i < RULES.viewMessages + 10; i++) {
      await new Promise((r) => setTimeout(r, 70));
      const sent = [
        await val1.act({ type: "message.public", text: `Valdoria, statement ${i}` }),
        await val2.act({ type: "message.team", text: `VAL-ONLY team line ${i}` }),
        await kar.act({ type: "message.team", text: `KAR-ONLY team line ${i}` }),
        ...(i % 10 === 0 ? [await kar.act({ type: "message.back-channel", to: "MER", text: `KAR-TO-MER ${i}` })] : []),
      ];
      expect(sent.every((r) => r.ok)).toBe(true);
    }
    await chair.act({ type: "chair.broadcast", text: "Last call" });
    for (const [label, { conn }] of Object.entries(clients)) {
      await until(conn, (c) => c.view?.negotiation.messages.public.at(-1)?.text === "Last call").catch((e: Error) => {
        throw new Error(`${label}: ${e.message}; last public: ${JSON.stringify(conn.view?.negotiation.messages.public.at(-1))}`);
      });
    }

    const room = matchMaker.getLocalRoomById(code) as unknown as ForumRoom;
    for (const [label, { conn, viewer }] of Object.entries(clients)) {
      expect(conn.view, label).toEqual(viewFor(room.runtime.state, viewer(), room.attendance, Date.now()));
    }
    expect(clients.val1?.conn.view?.negotiation.messages.team).toHaveLength(RULES.viewMessages);
    expect(clients.chair?.conn.view?.journal).toHaveLength(RULES.viewJournalLength);

    // The two Valdorians, and the spectator and the projector, got the same audience bytes
    // (since the later of the two joined the audience: the last sixty patches, say).
    const frames = Object.fromEntries(Object.keys(clients).map((label) => [label, patchFrames(`aud-${label}`)]));
    const sameTail = (a: string[] = [], b: string[] = []) => {
      expect(Math.min(a.length, b.length)).toBeGreaterThan(80);
      const n = 60;
      expect(a.slice(-n)).toEqual(b.slice(-n));
    };
    sameTail(frames.val1?.audience, frames.val2?.audience);
    sameTail(frames.spectator?.audience, frames.projector?.audience);
    // And what is private to one audience never reaches another's wire.
    expect(wire.leaks("aud-kar", ["VAL-ONLY"])).toEqual([]);
    expect(wire.leaks("aud-val1", ["KAR-ONLY", "KAR-TO-MER"])).toEqual([]);
    expect(wire.leaks("aud-spectator", ["VAL-ONLY", "KAR-ONLY", "KAR-TO-MER"])).toEqual([]);
    expect(wire.leaks("aud-chair", ["VAL-ONLY", "KAR-ONLY", "KAR-TO-MER"])).toHaveLength(3);
  }, 120_000);
});
