import fs from "node:fs";
import path from "node:path";
import { richText } from "../support/rich-text";
import { alternateRounds, load, loadSpread, percentile, ratioSpread, spread } from "./load";
import { BASE, BENCH_DIR, type Fixtures } from "./server";

/**
 * The claims API (signed in with a token) in two figures: served from the per-document memo (lib/cache/
 * document-memo.ts; what repeated reads of an unchanged document get) against the same JSON from memory, and cold:
 * the first read after a change readers can see (a comment) dropped the memo, read from Postgres, one at a time.
 */
export async function benchClaimsApi(fixtures: Fixtures, quick: boolean) {
  const url = `${BASE}/api/v1/documents/${fixtures.seed.id}/claims`;
  const headers = { authorization: `Bearer ${fixtures.editorToken}` };
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`claims API answered ${response.status}`);
  const body = await response.text();
  fs.writeFileSync(path.join(BENCH_DIR, "claims.json"), body);
  const claimId = (JSON.parse(body) as { items: { id: string }[] }).items[0]!.id;

  const cold = async (samples: number) => {
    const latencies: number[] = [];
    for (let i = 0; i < samples; i++) {
      const comment = await fetch(`${BASE}/api/v1/claims/${claimId}/comments`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ body: richText(`Benchmark comment ${i}: drops the claims memo.`) }),
      });
      if (comment.status !== 201) throw new Error(`comment answered ${comment.status}`);
      const started = performance.now();
      const read = await fetch(url, { headers });
      await read.arrayBuffer();
      if (!read.ok) throw new Error(`claims API answered ${read.status}`);
      latencies.push(performance.now() - started);
    }
    return { p50Ms: Math.round(percentile(latencies, 50)), p95Ms: Math.round(percentile(latencies, 95)) };
  };

  const seconds = quick ? 1 : 6;
  const samples = quick ? 5 : 20;
  const runs = await alternateRounds(["memoHit", "memory", "cold"] as const, async (key, warmUp) => {
    if (key === "cold") return { cold: await cold(warmUp ? 2 : samples) };
    const target = key === "memoHit" ? { url, headers } : { url: `${BASE}/__bench/claims.json`, headers: {} };
    return { load: await load(target.url, warmUp ? 1 : seconds, target.headers) };
  });
  const loads = (key: "memoHit" | "memory") => runs[key].map((r) => r.load!);
  const colds = runs.cold.map((r) => r.cold!);
  return {
    claims: (JSON.parse(body) as { items: unknown[] }).items.length,
    jsonKb: Number((Buffer.byteLength(body) / 1024).toFixed(1)),
    memoHit: loadSpread(loads("memoHit")),
    inMemoryRoute: loadSpread(loads("memory")),
    memoHitRatio: ratioSpread(
      loads("memoHit").map((r) => r.reqPerSec),
      loads("memory").map((r) => r.reqPerSec),
    ),
    cold: {
      samplesPerRound: samples,
      p50Ms: spread(colds.map((c) => c.p50Ms)),
      p95Ms: spread(colds.map((c) => c.p95Ms)),
    },
  };
}
