import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { alternateRounds, type LoadFigures, load, loadSpread, ratioSpread } from "./load";
import { type ReviewerSessions, saveRound } from "./reviewers-bench";
import { BASE, BENCH_DIR, type Fixtures, startBareServer } from "./server";

/** JavaScript a first visit downloads: every script the page references (not the noModule polyfills), gzipped. */
async function firstLoadJs(html: string) {
  const sources = new Set(
    [...html.matchAll(/<script([^>]+)>/g)]
      .map((m) => m[1]!)
      .filter((attributes) => !/\bnoModule\b/i.test(attributes))
      .flatMap((attributes) => attributes.match(/src="([^"]+)"/)?.[1] ?? []),
  );
  let gzip = 0;
  for (const src of sources) {
    gzip += zlib.gzipSync(Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer())).length;
  }
  return { scripts: sources.size, gzipKb: Number((gzip / 1024).toFixed(1)), targetKb: 120 };
}

/**
 * The cached public reading page of the seed document against the same bytes from memory in the app's own process
 * (tests/bench/next-server.ts: the ceiling) and through bare node:http in a process of its own (the machine's), 32
 * connections each; and the page and the same bytes from memory again while the reviewers autosave their drafts of
 * its claims: a save that dropped the page's cache would show as the page falling behind memory under the same load.
 */
export async function benchReading(fixtures: Fixtures, sessions: ReviewerSessions, quick: boolean) {
  const url = `${BASE}/documents/${fixtures.seed.slug}`;
  const html = await (await fetch(url)).text();
  const file = path.join(BENCH_DIR, "reading-page.html");
  fs.writeFileSync(file, html);
  const js = await firstLoadJs(html);
  const bare = await startBareServer(file, "text/html; charset=utf-8");
  const seconds = quick ? 1 : 6;
  let round = 0;
  try {
    const runs = await alternateRounds(
      ["page", "memory", "bare", "pageWhileSaving", "memoryWhileSaving"] as const,
      async (key, warmUp): Promise<LoadFigures> => {
        const duration = warmUp ? 1 : seconds;
        if (key === "memory") return load(`${BASE}/__bench/reading-page.html`, duration);
        if (key === "bare") return load(bare.url, duration);
        if (key === "page") return load(url, duration);
        // Paced saves for as long as the load runs (an autosave every 1.2 s per tab).
        const [figures] = await Promise.all([
          load(key === "pageWhileSaving" ? url : `${BASE}/__bench/reading-page.html`, duration),
          saveRound(sessions, Math.ceil(duration / 1.2), true, 1000 + round++),
        ]);
        return figures;
      },
    );
    const reqs = (key: keyof typeof runs) => runs[key].map((r) => r.reqPerSec);
    return {
      htmlKb: Number((Buffer.byteLength(html) / 1024).toFixed(1)),
      firstLoadJs: js,
      readingPage: loadSpread(runs.page),
      whileReviewersSave: loadSpread(runs.pageWhileSaving),
      memoryWhileReviewersSave: loadSpread(runs.memoryWhileSaving),
      memoryCeiling: loadSpread(runs.memory),
      bareNodeHttp: loadSpread(runs.bare),
      ratioToMemory: ratioSpread(reqs("page"), reqs("memory")),
      ratioWhileSavingToMemory: ratioSpread(reqs("pageWhileSaving"), reqs("memoryWhileSaving")),
      ratioToBare: ratioSpread(reqs("page"), reqs("bare")),
    };
  } finally {
    bare.stop();
  }
}
