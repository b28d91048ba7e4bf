// `npm run bench [-- --quick]`: the speed figures of issue 6, printed as a table with their targets and ratios and
// written to bench-results/bench.json. Nothing here fails on a slow machine (machines differ); the quick mode (CI)
// runs every measurement briefly, on a smaller large document, and fails only when a figure is missing.
// Needs `next build` and a Postgres server (TEST_DATABASE_ADMIN_URL).
import fs from "node:fs";
import { benchClaimsApi } from "./api-bench";
import { benchExports } from "./export-bench";
import { benchImport } from "./import-bench";
import { benchLighthouse, type LighthouseFigures } from "./lighthouse-bench";
import { benchReading } from "./reading-bench";
import { benchReviewers } from "./reviewers-bench";
import { pinLoadGenerator, startApp } from "./server";
import { benchUncached } from "./uncached-bench";

if (process.argv.some((a) => a.startsWith("--scale"))) {
  // The million-claim installation is a benchmark of its own (tests/bench/scale.ts).
  await (await import("./scale")).benchScale(process.argv);
  process.exit();
}

const quick = process.argv.includes("--quick");
const step = (name: string) => console.log(`… ${name}`);

step("import + segmentation of 100,000 words");
const importing = benchImport(quick);
step("starting the production build on Postgres with the seed and a large document");
const pinning = pinLoadGenerator();
const app = await startApp(quick);
let results: Record<string, unknown>;
try {
  step("reading page vs. the framework's and the machine's ceilings");
  const reading = await benchReading(app.fixtures, quick);
  step("claims API vs. the same JSON from memory");
  const api = await benchClaimsApi(app.fixtures, quick);
  step("large vs. seed document, uncached");
  const uncached = await benchUncached(app.fixtures, quick);
  step(`${app.fixtures.reviewerTokens.length} reviewers saving at once, paced like the autosave and as a burst`);
  const reviewers = await benchReviewers(app.fixtures, quick, true);
  const burst = await benchReviewers(app.fixtures, quick, false);
  step("exports of the large document");
  const exports = await benchExports(app.fixtures, quick);
  step("Lighthouse (mobile) on the reading pages");
  const lighthouse = await benchLighthouse(app.fixtures, quick);
  results = { importing, reading, api, uncached, reviewers, burst, exports, lighthouse };

  const line = (name: string, value: string, target = "", ratio = "") =>
    console.log(`${name.padEnd(50)}${value.padStart(20)}${target.padStart(14)}${ratio.padStart(8)}`);
  const lat = (f: { reqPerSec: number; p50Ms: number; p99Ms: number }) => `${f.reqPerSec} r/s ${f.p50Ms}/${f.p99Ms} ms`;
  console.log("");
  line("figure (32 connections: req/s p50/p99)", "value", "target", "ratio");
  line(
    `import + segmentation, ${importing.words.toLocaleString("en")} words`,
    `${importing.medianMs} ms`,
    "<= 2000 ms",
    (importing.medianMs / 2000).toFixed(2),
  );
  line(
    "reading page first-load JS, gzip",
    `${reading.firstLoadJs.gzipKb} KB`,
    "<= 120 KB",
    (reading.firstLoadJs.gzipKb / 120).toFixed(2),
  );
  line(`reading page (cached, ${reading.htmlKb} KB)`, lat(reading.readingPage), "p99 <= 50 ms");
  line(
    "  same bytes, app route handler from memory",
    lat(reading.frameworkCeiling),
    ">= 0.8x",
    reading.ratioToFramework.toFixed(2),
  );
  line("  same bytes, bare node:http", lat(reading.bareNodeHttp), "reported", reading.ratioToBare.toFixed(2));
  line(`claims API (${api.claims} claims, token, Postgres)`, lat(api.claimsApi));
  line("  same JSON, app route handler from memory", lat(api.inMemoryRoute), ">= 0.5x", api.ratio.toFixed(2));
  line(
    `uncached page: large (${uncached.large.claims} claims) vs seed`,
    `${uncached.largeP50Ms} / ${uncached.seedP50Ms} ms`,
    "<= 4x",
    uncached.ratio.toFixed(2),
  );
  line("  same, bytes", `${uncached.largeHtmlKb} / ${uncached.seedHtmlKb} KB`, "<= 4x", uncached.bytesRatio.toFixed(2));
  line(
    `${reviewers.reviewers} reviewers autosaving (${reviewers.saves} saves)`,
    `p95 ${reviewers.p95Ms} ms`,
    "<= 100 ms",
    (reviewers.p95Ms / 100).toFixed(2),
  );
  line("  same, as a burst (no pause between saves)", `p95 ${burst.p95Ms} ms, ${burst.savesPerSec}/s`, "reported");
  line(
    "  lost updates / failed saves",
    `${reviewers.lostUpdates + burst.lostUpdates} / ${reviewers.failedSaves + burst.failedSaves}`,
    "0",
  );
  for (const [format, f] of Object.entries(exports.formats)) {
    line(
      `export ${format} (${exports.claims} claims, ${exports.comments} comments)`,
      `${f.ms} ms`,
      "<= 3000 ms",
      (f.ms / 3000).toFixed(2),
    );
  }
  const score = (name: string, f: LighthouseFigures, target: number) => {
    line(
      `Lighthouse mobile, ${name} (${f.rounds} rounds: median min-max)`,
      `${f.performance.median} (${f.performance.min}-${f.performance.max})`,
      `>= ${target}`,
    );
    line("  accessibility; LCP; TBT", `${f.accessibility.median}; ${f.lcpMs.median} ms; ${f.tbtMs.median} ms`, "1.0");
  };
  score("seed reading page", lighthouse.seed, 0.95);
  if (lighthouse.large) score(`${lighthouse.large.claims}-claim page`, lighthouse.large, 0.9);
  console.log(`\n${pinning}; errors: reading ${reading.readingPage.errors}, API ${api.claimsApi.errors}`);
} finally {
  await app.stop();
}

fs.mkdirSync("bench-results", { recursive: true });
fs.writeFileSync(
  "bench-results/bench.json",
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, quick, ...results }, null, 2)}\n`,
);
console.log("written: bench-results/bench.json");

/** Every figure must be a number: a missing or NaN one means a measurement broke. */
const missing: string[] = [];
const walk = (value: unknown, at: string) => {
  if (typeof value === "number" && !Number.isFinite(value)) missing.push(at);
  else if (value === undefined || value === null) missing.push(at);
  else if (typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`);
};
walk(results, "bench");
if (missing.length > 0) {
  console.error(`missing figures: ${missing.join(", ")}`);
  process.exitCode = 1;
}
