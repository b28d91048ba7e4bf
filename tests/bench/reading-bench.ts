import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { alternate } from "./load";
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
 * The cached public reading page of the seed document against the same bytes from memory through a route handler
 * of the app (the framework's ceiling) and through bare node:http (the machine's), 32 connections each.
 */
export async function benchReading(fixtures: Fixtures, quick: boolean) {
  const url = `${BASE}/documents/${fixtures.seed.slug}`;
  const html = await (await fetch(url)).text();
  const file = path.join(BENCH_DIR, "reading-page.html");
  fs.writeFileSync(file, html);
  const js = await firstLoadJs(html);
  const bare = await startBareServer(file, "text/html; charset=utf-8");
  try {
    const r = await alternate(
      { page: { url }, framework: { url: `${BASE}/api/bench/reading-page.html` }, bare: { url: bare.url } },
      quick ? 1 : 3,
      quick ? 2 : 8,
    );
    return {
      htmlKb: Number((Buffer.byteLength(html) / 1024).toFixed(1)),
      firstLoadJs: js,
      readingPage: r.page,
      frameworkCeiling: r.framework,
      bareNodeHttp: r.bare,
      ratioToFramework: Number((r.page.reqPerSec / Math.max(1, r.framework.reqPerSec)).toFixed(2)),
      ratioToBare: Number((r.page.reqPerSec / Math.max(1, r.bare.reqPerSec)).toFixed(2)),
    };
  } finally {
    bare.stop();
  }
}
