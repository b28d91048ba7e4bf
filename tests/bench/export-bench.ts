import { ALL_FORMATS } from "@/lib/exports/export-formats";
import { alternateRounds, spread } from "./load";
import { BASE, type Fixtures } from "./server";

/**
 * Each export format of the large document, as an editor downloads it, in alternating rounds; and the first, cold
 * download of each (the warm-up round, nothing rendered or memoised yet: what the first reader of a changed document
 * waits), reported on its own rather than dropped.
 */
export async function benchExports(fixtures: Fixtures) {
  const kb: Record<string, number> = {};
  const coldMs: Record<string, number> = {};
  const runs = await alternateRounds(ALL_FORMATS, async (format, warmUp) => {
    const started = performance.now();
    const response = await fetch(`${BASE}/api/v1/documents/${fixtures.large.id}/export?format=${format}`, {
      headers: { authorization: `Bearer ${fixtures.editorToken}` },
    });
    kb[format] = Math.round((await response.arrayBuffer()).byteLength / 1024);
    if (!response.ok) throw new Error(`export ${format} answered ${response.status}`);
    const ms = Math.round(performance.now() - started);
    if (warmUp) coldMs[format] = ms;
    return ms;
  });
  const formats = Object.fromEntries(
    ALL_FORMATS.map((f) => [f, { ms: spread(runs[f]), coldMs: coldMs[f]!, kb: kb[f]! }]),
  );
  return { claims: fixtures.large.claims, comments: fixtures.large.comments, formats, targetMs: 3000 };
}
