import { ALL_FORMATS } from "@/lib/exports/export-formats";
import { richText } from "../support/rich-text";
import { alternateRounds, spread } from "./load";
import { BASE, type Fixtures } from "./server";

/** The formats kept by content once rendered (lib/exports/rendered-memo.ts): their warm figures are memo hits. */
const MEMOISED = ["pdf", "docx"] as const;

/**
 * Each export format of the large document, as an editor downloads it, in alternating rounds; the first, cold
 * download of each (the warm-up round, nothing rendered or memoised yet: what the first reader after a restart
 * waits), reported on its own rather than dropped; and the memoised formats again, each the first download after a
 * change to the document (a comment added, so the rendered file is not the one kept), in alternating rounds.
 */
export async function benchExports(fixtures: Fixtures) {
  const headers = { authorization: `Bearer ${fixtures.editorToken}` };
  const kb: Record<string, number> = {};
  const coldMs: Record<string, number> = {};
  const download = async (format: string) => {
    const started = performance.now();
    const response = await fetch(`${BASE}/api/v1/documents/${fixtures.large.id}/export?format=${format}`, { headers });
    kb[format] = Math.round((await response.arrayBuffer()).byteLength / 1024);
    if (!response.ok) throw new Error(`export ${format} answered ${response.status}`);
    return Math.round(performance.now() - started);
  };
  const runs = await alternateRounds(ALL_FORMATS, async (format, warmUp) => {
    const ms = await download(format);
    if (warmUp) coldMs[format] = ms;
    return ms;
  });

  const claims = await fetch(`${BASE}/api/v1/documents/${fixtures.large.id}/claims`, { headers });
  const claimId = ((await claims.json()) as { items: { id: string }[] }).items[0]!.id;
  let changes = 0;
  const afterChange = await alternateRounds(MEMOISED, async (format) => {
    const comment = await fetch(`${BASE}/api/v1/claims/${claimId}/comments`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ body: richText(`Benchmark comment ${++changes}: a change to the exported document.`) }),
    });
    if (comment.status !== 201) throw new Error(`comment answered ${comment.status}`);
    return download(format);
  });

  const formats = Object.fromEntries(
    ALL_FORMATS.map((f) => [f, { ms: spread(runs[f]), coldMs: coldMs[f]!, kb: kb[f]! }]),
  );
  const changedMs = Object.fromEntries(MEMOISED.map((f) => [f, spread(afterChange[f])]));
  return { claims: fixtures.large.claims, comments: fixtures.large.comments, formats, changedMs, targetMs: 3000 };
}
