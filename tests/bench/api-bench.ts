import fs from "node:fs";
import path from "node:path";
import { alternate } from "./load";
import { BASE, BENCH_DIR, type Fixtures } from "./server";

/** The claims API (signed in with a token, read from Postgres) against the same JSON from memory. */
export async function benchClaimsApi(fixtures: Fixtures, quick: boolean) {
  const url = `${BASE}/api/v1/documents/${fixtures.seed.id}/claims`;
  const headers = { authorization: `Bearer ${fixtures.editorToken}` };
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`claims API answered ${response.status}`);
  const body = await response.text();
  fs.writeFileSync(path.join(BENCH_DIR, "claims.json"), body);
  const r = await alternate(
    { api: { url, headers }, memory: { url: `${BASE}/api/bench/claims.json` } },
    quick ? 1 : 3,
    quick ? 2 : 8,
  );
  return {
    claims: (JSON.parse(body) as { items: unknown[] }).items.length,
    jsonKb: Number((Buffer.byteLength(body) / 1024).toFixed(1)),
    claimsApi: r.api,
    inMemoryRoute: r.memory,
    ratio: Number((r.api.reqPerSec / Math.max(1, r.memory.reqPerSec)).toFixed(2)),
  };
}
