import autocannon from "autocannon";

export interface LoadFigures {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

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

/**
 * Measures several targets in alternating rounds (A B C, A B C, …) after one warm-up round, so drift in the machine
 * (other processes, thermal) lands on all of them alike; each figure is the median over the rounds.
 */
export async function alternate<K extends string>(
  targets: Record<K, { url: string; headers?: Record<string, string> }>,
  rounds: number,
  seconds: number,
): Promise<Record<K, LoadFigures>> {
  const keys = Object.keys(targets) as K[];
  for (const key of keys) await load(targets[key].url, 1, targets[key].headers);
  const runs = Object.fromEntries(keys.map((k) => [k, [] as LoadFigures[]])) as Record<K, LoadFigures[]>;
  for (let round = 0; round < rounds; round++) {
    for (const key of keys) runs[key].push(await load(targets[key].url, seconds, targets[key].headers));
  }
  return Object.fromEntries(
    keys.map((k) => [
      k,
      {
        reqPerSec: median(runs[k].map((r) => r.reqPerSec)),
        p50Ms: median(runs[k].map((r) => r.p50Ms)),
        p99Ms: median(runs[k].map((r) => r.p99Ms)),
        errors: runs[k].reduce((sum, r) => sum + r.errors, 0),
      },
    ]),
  ) as Record<K, LoadFigures>;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
