// Configuration from the environment, with the defaults a fresh checkout needs.
import { resolve } from "node:path";

export type Config = {
  readonly port: number;
  readonly sqliteFile: string;
  readonly databaseUrl: string | undefined;
  /** Minutes without any connected client after which an unfinished session room closes (it can be reopened). */
  readonly idleMinutes: number;
  /** Seconds a dropped client's seat is held for automatic reconnection. */
  readonly reconnectSeconds: number;
  readonly clientDist: string;
  /** Mean pause before a bot's move in a live session, in ms. */
  readonly botDelayMs: number;
  /** The address students open to join (shown with a QR code on the projector); unset: the address each request came to. */
  readonly publicUrl: string | undefined;
};

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const root = resolve(import.meta.dirname, "..");
  return {
    port: Number(env.PORT ?? 2567),
    sqliteFile: resolve(root, env.NORMCRAFT_DB_FILE ?? "data/normcraft.sqlite"),
    databaseUrl: env.DATABASE_URL,
    idleMinutes: Number(env.NORMCRAFT_IDLE_MINUTES ?? 240),
    reconnectSeconds: Number(env.NORMCRAFT_RECONNECT_SECONDS ?? 120),
    clientDist: resolve(root, env.NORMCRAFT_CLIENT_DIST ?? "client/dist"),
    botDelayMs: Number(env.NORMCRAFT_BOT_DELAY_MS ?? 2500),
    publicUrl: publicUrl(env.NORMCRAFT_PUBLIC_URL),
  };
}

/** An http(s) URL without its trailing slash; anything else is a configuration mistake worth stopping for. */
function publicUrl(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`NORMCRAFT_PUBLIC_URL must be a full address such as http://192.168.1.20:2567 (got "${value}").`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`NORMCRAFT_PUBLIC_URL must start with http:// or https:// (got "${value}").`);
  return url.href.replace(/\/+$/, "");
}
