// The REST API: scenarios, session creation and look-up, health.
import express, { type Request, type Response } from "express";
import { CreateSessionRequest } from "../../shared/protocol/messages.ts";
import { describeZodError } from "../../shared/protocol/format-zod.ts";
import { PROTOCOL_VERSION } from "../../shared/protocol/version.ts";
import type { ScenarioCatalog } from "../scenarios/catalog.ts";
import { createSession, ensureRoom } from "../sessions/create-session.ts";
import { hashSecret, normaliseCode } from "../sessions/secrets.ts";
import type { EventStore } from "../store/event-store.ts";

export function apiRouter(deps: { store: EventStore; catalog: ScenarioCatalog; now: () => number; publicUrl?: string | undefined }): express.Router {
  const router = express.Router();
  router.use(express.json({ limit: "2mb" }));

  router.get("/health", (_req, res) => {
    res.json({ ok: true, protocol: PROTOCOL_VERSION });
  });

  router.get("/scenarios", (_req, res) => {
    res.json({ scenarios: deps.catalog.list() });
  });

  router.post("/sessions", async (req: Request, res: Response) => {
    const parsed = CreateSessionRequest.safeParse(req.body);
    if (!parsed.success) return fail(res, 400, "request/invalid", describeZodError(parsed.error));
    const outcome = await createSession(parsed.data, deps);
    if (!outcome.ok) {
      return res.status(outcome.status).json({ error: { code: outcome.code, message: outcome.message, issues: outcome.issues ?? [] } });
    }
    res.status(201).json(outcome.value);
  });

  router.get("/sessions/:code", async (req: Request, res: Response) => {
    const code = normaliseCode(String(req.params.code ?? ""));
    const record = await deps.store.getSession(code);
    if (!record) return fail(res, 404, "join/unknown-code", `No session has the code ${code}. Check it with your facilitator.`);
    const open = await ensureRoom(code, deps.store);
    res.json({
      code,
      title: record.scenario.title,
      forum: record.scenario.forum.name,
      needsPasscode: record.passcodeHash !== null,
      ended: record.endedAt !== null,
      open,
      ...joinAddress(code, deps.publicUrl ?? `${req.protocol}://${req.get("host") ?? "localhost"}`),
      seats: [
        ...record.scenario.delegations.map((d) => ({ id: d.id, name: d.name, kind: "delegation" as const })),
        ...record.scenario.observers.map((o) => ({ id: o.id, name: o.name, kind: "observer" as const })),
      ],
    });
  });

  // The whole record of a session for its facilitator: scenario, seed and every accepted
  // action in order. Folding the log over the scenario reproduces the session exactly, so it
  // serves archiving, research and step-by-step replays.
  router.get("/sessions/:code/record", async (req: Request, res: Response) => {
    const code = normaliseCode(String(req.params.code ?? ""));
    const record = await deps.store.getSession(code);
    if (!record) return fail(res, 404, "join/unknown-code", `No session has the code ${code}.`);
    const key = req.get("x-facilitator-key") ?? "";
    if (hashSecret(key) !== record.facilitatorKeyHash) return fail(res, 403, "join/wrong-key", "Only the facilitator of this session may download its record (send the key in x-facilitator-key).");
    const log = await deps.store.entries(code);
    res.setHeader("content-disposition", `attachment; filename="normcraft-${code}.json"`);
    res.json({ format: "normcraft-session-record", protocol: PROTOCOL_VERSION, code, seed: record.seed, createdAt: record.createdAt, endedAt: record.endedAt, scenario: record.scenario, log });
  });

  router.use((_req, res) => fail(res, 404, "route/unknown", "No such API endpoint."));
  return router;
}

/** Where students join: the configured public address, else the one this request came to; "local" when nobody else can reach it. */
export function joinAddress(code: string, base: string): { joinUrl: string; joinLocal: boolean } {
  const url = new URL(`./?code=${encodeURIComponent(code)}`, base.endsWith("/") ? base : `${base}/`);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const joinLocal = host === "localhost" || host.endsWith(".localhost") || host === "::1" || host === "0.0.0.0" || /^127\./.test(host);
  return { joinUrl: url.href, joinLocal };
}

function fail(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } });
}
