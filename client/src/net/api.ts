// HTTP calls to the REST API. Errors come back as { code, message } for the UI to show.
import type { CreateSessionRequest, CreateSessionResponse } from "../../../shared/protocol/messages.ts";

export type ApiError = { code: string; message: string; issues?: { path: string; message: string; line?: number }[] };
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export type ScenarioSummary = {
  id: string;
  title: string;
  summary: string;
  durationMinutes: number;
  players: { min: number; max: number };
  delegations: number;
  observers: number;
  rounds: number;
  decisionRule: string;
  /** The seats, for choosing which are open, played by bots or closed when creating a session. */
  seats: { id: string; name: string; kind: "delegation" | "observer"; archetype: string }[];
};

async function call<T>(path: string, init?: RequestInit): Promise<ApiResult<T>> {
  try {
    const res = await fetch(`/api${path}`, { headers: { "content-type": "application/json" }, ...init });
    const body = (await res.json()) as T | { error: ApiError };
    if (!res.ok) return { ok: false, error: (body as { error: ApiError }).error };
    return { ok: true, value: body as T };
  } catch (e) {
    return { ok: false, error: { code: "network/unreachable", message: `The server cannot be reached (${String(e)}).` } };
  }
}

export const listScenarios = () => call<{ scenarios: ScenarioSummary[] }>("/scenarios");

export const createSession = (request: CreateSessionRequest) =>
  call<CreateSessionResponse>("/sessions", { method: "POST", body: JSON.stringify(request) });

export const lookupSession = (code: string) =>
  call<SessionSummary>(`/sessions/${encodeURIComponent(code)}`);

export type SessionSummary = {
  code: string;
  title: string;
  needsPasscode: boolean;
  ended: boolean;
  open: boolean;
  /** The address students open to join (configured, else the one this page was served from). */
  joinUrl: string;
  /** Nobody else can open joinUrl (it names this computer as "localhost"). */
  joinLocal: boolean;
};

/** The facilitator's replayable record of a session (scenario, seed, every accepted action), as JSON text. */
export async function sessionRecord(code: string, facilitatorKey: string): Promise<ApiResult<string>> {
  try {
    const res = await fetch(`/api/sessions/${encodeURIComponent(code)}/record`, { headers: { "x-facilitator-key": facilitatorKey } });
    if (!res.ok) return { ok: false, error: ((await res.json()) as { error: ApiError }).error };
    return { ok: true, value: await res.text() };
  } catch (e) {
    return { ok: false, error: { code: "network/unreachable", message: `The server cannot be reached (${String(e)}).` } };
  }
}
