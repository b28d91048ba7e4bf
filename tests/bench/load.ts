import autocannon from "autocannon";

/** Every figure is measured in this many rounds, alternating with the figures it is compared to. */
export const ROUNDS = 5;

/** A figure over its rounds: the median, and the spread (lowest and highest round). */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface LoadFigures {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

export type LoadSpread = { [K in Exclude<keyof LoadFigures, "errors">]: Spread } & { errors: number; rounds: number };

export function load(url: string, seconds: number, headers: Record<string, string> = {}): Promise<LoadFigures> {
  return new Promise((resolve, reject) =>
    autocannon({ url, connections: 32, duration: seconds, headers }, (error, r) =>
      error
        ? reject(error)
        : resolve({
            reqPerSec: Math.round(r.requests.average),
            p50Ms: r.latency.p50,
            p99Ms: r.latency.p99,
            errors: r.errors + r.non2xx,
          }),
    ),
  );
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export function spread(values: number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** "median (min–max)", as the README's table shows a figure. */
export const showSpread = (s: Spread, unit = "") => `${s.median}${unit} (${s.min}–${s.max})`;

/** The ratio of two figures' medians, with the spread of the per-round ratios. */
export function ratioSpread(numerators: number[], denominators: number[]): Spread {
  const ratios = numerators.map((n, i) => Number((n / Math.max(1, denominators[i]!)).toFixed(2)));
  return spread(ratios);
}

/**
 * Runs `measure` for every target in alternating rounds (A B C, A B C, …, ROUNDS times) after one warm-up round, so
 * drift in the machine (other processes, thermal) lands on all of them alike. Returns each target's rounds.
 */
export async function alternateRounds<K extends string, T>(
  keys: readonly K[],
  measure: (key: K, warmUp: boolean) => Promise<T>,
): Promise<Record<K, T[]>> {
  for (const key of keys) await measure(key, true);
  const runs = Object.fromEntries(keys.map((k) => [k, [] as T[]])) as Record<K, T[]>;
  for (let round = 0; round < ROUNDS; round++) {
    for (const key of keys) runs[key].push(await measure(key, false));
  }
  return runs;
}

export function loadSpread(runs: LoadFigures[]): LoadSpread {
  return {
    reqPerSec: spread(runs.map((r) => r.reqPerSec)),
    p50Ms: spread(runs.map((r) => r.p50Ms)),
    p99Ms: spread(runs.map((r) => r.p99Ms)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    rounds: runs.length,
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
