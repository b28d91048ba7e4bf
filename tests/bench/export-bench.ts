import { ALL_FORMATS } from "@/lib/exports/export-formats";
import { BASE, type Fixtures } from "./server";

/** Each export format of the large document, as an editor downloads it (the best of `runs`). */
export async function benchExports(fixtures: Fixtures, quick: boolean) {
  const runs = quick ? 1 : 2;
  const results: Record<string, { ms: number; kb: number }> = {};
  for (const format of ALL_FORMATS) {
    let best = Number.POSITIVE_INFINITY;
    let bytes = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const response = await fetch(`${BASE}/api/v1/documents/${fixtures.large.id}/export?format=${format}`, {
        headers: { authorization: `Bearer ${fixtures.editorToken}` },
      });
      bytes = (await response.arrayBuffer()).byteLength;
      if (!response.ok) throw new Error(`export ${format} answered ${response.status}`);
      best = Math.min(best, performance.now() - started);
    }
    results[format] = { ms: Math.round(best), kb: Math.round(bytes / 1024) };
  }
  return { claims: fixtures.large.claims, comments: fixtures.large.comments, formats: results, targetMs: 3000 };
}
