// Retrying after a lost connection (backoff with jitter, capped), and the join address students
// are shown (configured, else the address the request came to; localhost flagged).
import { describe, expect, it } from "vitest";
import { RETRY, retryDelay } from "../../client/src/net/retry.ts";
import { configFromEnv } from "../../server/config.ts";
import { joinAddress } from "../../server/http/api.ts";

describe("retry delays", () => {
  it("grow from the first delay to the cap, half fixed and half random", () => {
    expect(retryDelay(0, 0)).toBe(RETRY.firstMs / 2);
    expect(retryDelay(0, 0.999999)).toBeCloseTo(RETRY.firstMs, 0);
    for (let attempt = 0; attempt < 30; attempt++) {
      const full = Math.min(RETRY.capMs, RETRY.firstMs * RETRY.factor ** attempt);
      for (const r of [0, 0.25, 0.5, 0.99]) {
        const d = retryDelay(attempt, r);
        // Whole milliseconds, so within half a millisecond of the bounds.
        expect(d).toBeGreaterThanOrEqual(Math.floor(full / 2));
        expect(d).toBeLessThanOrEqual(Math.ceil(full));
      }
    }
    expect(retryDelay(50, 0.99)).toBeLessThanOrEqual(RETRY.capMs);
    // Jitter spreads clients: the same attempt with different draws gives different delays.
    expect(new Set([0, 0.3, 0.6, 0.9].map((r) => retryDelay(4, r))).size).toBe(4);
  });
});

describe("the join address", () => {
  it("puts the code on the public address and flags addresses only this computer can open", () => {
    expect(joinAddress("ABC234", "http://192.168.1.20:2567")).toEqual({ joinUrl: "http://192.168.1.20:2567/?code=ABC234", joinLocal: false });
    expect(joinAddress("ABC234", "https://forum.example.org/normcraft/")).toEqual({ joinUrl: "https://forum.example.org/normcraft/?code=ABC234", joinLocal: false });
    for (const base of ["http://localhost:2567", "http://127.0.0.1:9000", "http://[::1]:2567", "http://0.0.0.0:2567"]) expect(joinAddress("X", base).joinLocal).toBe(true);
  });

  it("reads NORMCRAFT_PUBLIC_URL and refuses one that is not an http(s) address", () => {
    expect(configFromEnv({ NORMCRAFT_PUBLIC_URL: "http://10.0.0.5:2567/" }).publicUrl).toBe("http://10.0.0.5:2567");
    expect(configFromEnv({}).publicUrl).toBeUndefined();
    expect(() => configFromEnv({ NORMCRAFT_PUBLIC_URL: "10.0.0.5:2567" })).toThrow(/NORMCRAFT_PUBLIC_URL/);
    expect(() => configFromEnv({ NORMCRAFT_PUBLIC_URL: "ftp://x" })).toThrow(/http:\/\/ or https:\/\//);
  });
});
