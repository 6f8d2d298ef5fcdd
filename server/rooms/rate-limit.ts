// A token bucket per client: a burst is fine, a flood is answered with rate/limited, and a
// client that keeps flooding is disconnected.
export type RateVerdict = "ok" | "limited" | "disconnect";

export class RateLimiter {
  #tokens: number;
  #last: number;
  #strikes = 0;
  readonly #rate: number;
  readonly #burst: number;
  readonly #maxStrikes: number;

  constructor(opts: { perSecond: number; burst: number; maxStrikes: number }, now: number) {
    this.#rate = opts.perSecond;
    this.#burst = opts.burst;
    this.#maxStrikes = opts.maxStrikes;
    this.#tokens = opts.burst;
    this.#last = now;
  }

  take(now: number): RateVerdict {
    this.#tokens = Math.min(this.#burst, this.#tokens + ((now - this.#last) / 1000) * this.#rate);
    this.#last = now;
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      this.#strikes = Math.max(0, this.#strikes - 0.1);
      return "ok";
    }
    this.#strikes += 1;
    return this.#strikes >= this.#maxStrikes ? "disconnect" : "limited";
  }
}
