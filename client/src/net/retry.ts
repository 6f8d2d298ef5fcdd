// When to try again after a lost connection: exponential backoff from 400 ms, capped at 3 s so a
// class is back within seconds of a server restart, with "equal jitter" (half the delay fixed,
// half random) so thirty laptops do not knock at the same instant.
export const RETRY = { firstMs: 400, factor: 1.6, capMs: 3000 } as const;

/** The pause before attempt `attempt` (0-based); `random` is a number in [0, 1). */
export function retryDelay(attempt: number, random: number): number {
  const full = Math.min(RETRY.capMs, RETRY.firstMs * RETRY.factor ** Math.max(0, attempt));
  return Math.round(full / 2 + (full / 2) * Math.min(1, Math.max(0, random)));
}
