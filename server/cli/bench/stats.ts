// Latency histograms that merge across processes: logarithmic buckets 1% wide, so percentiles
// are exact to 1% whatever the range, and a worker sends a few hundred numbers, not every sample.
const BASE = 1.01;
const FLOOR_MS = 0.01;

export type HistogramData = { readonly buckets: Record<string, number>; readonly n: number; readonly max: number; readonly sum: number };

export class Histogram {
  #buckets = new Map<number, number>();
  n = 0;
  max = 0;
  sum = 0;

  record(ms: number): void {
    const v = Math.max(ms, FLOOR_MS);
    const i = Math.ceil(Math.log(v / FLOOR_MS) / Math.log(BASE));
    this.#buckets.set(i, (this.#buckets.get(i) ?? 0) + 1);
    this.n++;
    this.sum += ms;
    if (ms > this.max) this.max = ms;
  }

  merge(data: HistogramData): void {
    for (const [k, c] of Object.entries(data.buckets)) this.#buckets.set(Number(k), (this.#buckets.get(Number(k)) ?? 0) + c);
    this.n += data.n;
    this.sum += data.sum;
    this.max = Math.max(this.max, data.max);
  }

  /** The value under which a share `p` (0–1) of the samples fall (the bucket's upper edge, capped at the max). */
  percentile(p: number): number {
    if (this.n === 0) return Number.NaN;
    const target = Math.ceil(p * this.n);
    let seen = 0;
    for (const i of [...this.#buckets.keys()].sort((a, b) => a - b)) {
      seen += this.#buckets.get(i) ?? 0;
      if (seen >= target) return Math.min(FLOOR_MS * BASE ** i, this.max);
    }
    return this.max;
  }

  get mean(): number {
    return this.n === 0 ? Number.NaN : this.sum / this.n;
  }

  toJSON(): HistogramData {
    return { buckets: Object.fromEntries(this.#buckets), n: this.n, max: this.max, sum: this.sum };
  }

  summary(): LatencySummary {
    return { n: this.n, p50: this.percentile(0.5), p95: this.percentile(0.95), p99: this.percentile(0.99), max: this.n === 0 ? Number.NaN : this.max };
  }
}

export type LatencySummary = { n: number; p50: number; p95: number; p99: number; max: number };

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes on one machine. */
export const wallClock = () => performance.timeOrigin + performance.now();
