// `npm run bench [-- --quick]`: the speed figures of issues 6 and 17, each the median and spread (min–max) of ROUNDS
// alternating rounds, printed as a table with their targets and written to bench-results/bench.json. Nothing here
// fails on a slow machine (machines differ); the quick mode (CI) runs every measurement in short rounds, on a smaller
// large document, and fails only when a figure is missing.
// Needs `next build` and a Postgres server (TEST_DATABASE_ADMIN_URL). `--only reviewers,reading` runs only the named
// figures (importing, reading, api, uncached, reviewers, live, exports, lighthouse), for before/after comparisons.
import fs from "node:fs";
import { benchClaimsApi } from "./api-bench";
import { benchExports } from "./export-bench";
import { benchImport } from "./import-bench";
import { benchLighthouse, type LighthouseFigures } from "./lighthouse-bench";
import { benchLiveReviewers } from "./live-bench";
import { type LoadSpread, ROUNDS, showSpread } from "./load";
import { benchReading } from "./reading-bench";
import { benchReviewers, reviewerSessions, TABS } from "./reviewers-bench";
import { pinLoadGenerator, startApp } from "./server";
import { benchUncached } from "./uncached-bench";

if (process.argv.some((a) => a.startsWith("--scale"))) {
  // The million-claim installation is a benchmark of its own (tests/bench/scale.ts).
  await (await import("./scale")).benchScale(process.argv);
  process.exit();
}

const quick = process.argv.includes("--quick");
/** Seconds after a start by which the export worker has started and warmed up, with room for a slow host. */
const EXPORT_WORKER_WARM_S = 20;
const step = (name: string) => console.log(`… ${name}`);
const onlyAt = process.argv.findIndex((a) => a === "--only" || a.startsWith("--only="));
const only = onlyAt < 0 ? null : (process.argv[onlyAt]!.split("=")[1] ?? process.argv[onlyAt + 1] ?? "").split(",");
/** Runs a figure's measurement unless `--only` leaves it out. */
const measured = async <T>(name: string, what: string, measure: () => T | Promise<T>): Promise<T | undefined> => {
  if (only && !only.includes(name)) return undefined;
  step(what);
  return measure();
};

const importing = await measured("importing", `import + segmentation of 100,000 words, ${ROUNDS} rounds`, benchImport);
step("starting the production build on Postgres with the seed and a large document");
const pinning = pinLoadGenerator();
const app = await startApp(quick);
let results: Record<string, unknown>;
try {
  step("signing the reviewers in");
  const sessions = await reviewerSessions(app.fixtures);
  const reading = await measured(
    "reading",
    "reading page vs. the same bytes from memory and from bare node:http, and while reviewers save",
    () => benchReading(app.fixtures, sessions, quick),
  );
  const api = await measured("api", "claims API: memo hits vs. the same JSON from memory, and cold reads", () =>
    benchClaimsApi(app.fixtures, quick),
  );
  const uncached = await measured("uncached", "large vs. seed document, uncached", () =>
    benchUncached(app.fixtures, quick),
  );
  const reviewers = await measured(
    "reviewers",
    `${sessions.reviewers.length} reviewers × ${TABS} tabs saving through the grade form's action`,
    () => benchReviewers(sessions, quick),
  );
  const live = await measured(
    "live",
    `${sessions.reviewers.length} reviewers saving with the event stream open, comments posted meanwhile`,
    () => benchLiveReviewers(sessions, app.fixtures, quick),
  );
  const exports = await measured("exports", "exports of the large document", async () => {
    // The cold downloads are the first after a start once the server's start-up work is done, as in a full run: the
    // export worker starts 5 s after the server and renders a warm-up document (instrumentation.ts).
    await app.upFor(EXPORT_WORKER_WARM_S);
    return benchExports(app.fixtures);
  });
  const lighthouse = await measured("lighthouse", "Lighthouse (mobile) on the reading pages", () =>
    benchLighthouse(app.fixtures, quick),
  );
  results = Object.fromEntries(
    Object.entries({ importing, reading, api, uncached, reviewers, live, exports, lighthouse }).filter(
      ([, figures]) => figures !== undefined,
    ),
  );

  const line = (name: string, value: string, target = "", ratio = "") =>
    console.log(`${name.padEnd(54)}${value.padStart(34)}${target.padStart(14)}${ratio.padStart(18)}`);
  const lat = (f: LoadSpread) => `${showSpread(f.reqPerSec)} r/s, p99 ${f.p99Ms.median} ms`;
  console.log("");
  console.log(`median (min–max) over ${ROUNDS} alternating rounds; loads with 32 connections`);
  line("figure", "value", "target", "ratio");
  if (importing) {
    line(
      `import + segmentation, ${importing.words.toLocaleString("en")} words`,
      showSpread(importing.ms, " ms"),
      "<= 2000 ms",
    );
  }
  if (reading) {
    line("reading page first-load JS, gzip", `${reading.firstLoadJs.gzipKb} KB`, "<= 120 KB");
    line(`reading page (cached, ${reading.htmlKb} KB)`, lat(reading.readingPage), "p99 <= 50 ms");
    line(
      "  same bytes from memory, same process",
      lat(reading.memoryCeiling),
      ">= 0.8x",
      showSpread(reading.ratioToMemory),
    );
    line("  same bytes, bare node:http", lat(reading.bareNodeHttp), "reported", showSpread(reading.ratioToBare));
    line("  reading page while the reviewers autosave", lat(reading.whileReviewersSave));
    line(
      "  same bytes from memory while they autosave",
      lat(reading.memoryWhileReviewersSave),
      ">= 0.8x",
      showSpread(reading.ratioWhileSavingToMemory),
    );
  }
  if (api) {
    line(`claims API (${api.claims} claims, token), memo hit`, lat(api.memoHit));
    line("  same JSON from memory, same process", lat(api.inMemoryRoute), "reported", showSpread(api.memoHitRatio));
    line(
      "  cold: first read after a comment (p50 / p95)",
      `${showSpread(api.cold.p50Ms)} / ${api.cold.p95Ms.median} ms`,
    );
  }
  if (uncached) {
    line(
      `uncached page: large (${uncached.large.claims} claims) vs seed, p50`,
      `${uncached.largeP50Ms.median} / ${uncached.seedP50Ms.median} ms`,
      "<= 4x",
      showSpread(uncached.ratio),
    );
    line(
      "  same, bytes",
      `${uncached.largeHtmlKb} / ${uncached.seedHtmlKb} KB`,
      "<= 4x",
      uncached.bytesRatio.toFixed(2),
    );
  }
  if (reviewers) {
    const { paced, burst } = reviewers;
    line(
      `${reviewers.reviewers} reviewers × ${reviewers.tabsEach} tabs autosaving, p95`,
      showSpread(paced.p95Ms, " ms"),
      "<= 100 ms",
    );
    line("  same, p50", showSpread(paced.p50Ms, " ms"), "reported");
    line("  same, as a burst (no pause between saves), p95", showSpread(burst.p95Ms, " ms"), "reported");
    line("  burst throughput", showSpread(burst.savesPerSec, " saves/s"), "reported");
    line(
      "  lost updates / failed saves / conflicts answered",
      `${paced.lostUpdates + burst.lostUpdates} / ${paced.failedSaves + burst.failedSaves} / ${paced.conflicts + burst.conflicts}`,
      "0 / 0 / -",
    );
  }
  if (live) {
    line(`${live.streams} reviewers autosaving with event streams open, p95`, `${live.savesP95Ms} ms`, "<= 100 ms");
    line(
      `  comment event delivered to all ${live.streams} streams, p50 / p95`,
      `${live.deliveryP50Ms} / ${live.deliveryP95Ms} ms`,
      "reported",
    );
    line(
      "  deliveries / missed (of comments × streams) / comments refused",
      `${live.deliveries} / ${live.missedDeliveries} / ${live.failedComments}`,
      "- / 0 / 0",
    );
  }
  for (const [format, f] of Object.entries(exports?.formats ?? {})) {
    line(
      `export ${format} (${exports!.claims} claims, ${exports!.comments} comments)`,
      showSpread(f.ms, " ms"),
      "<= 3000 ms",
    );
    line(`  first (cold) export ${format}`, `${f.coldMs} ms`, "<= 3000 ms");
  }
  for (const [format, ms] of Object.entries(exports?.changedMs ?? {}))
    line(`  export ${format}, first after a change (not memoised)`, showSpread(ms, " ms"), "<= 3000 ms");
  const score = (name: string, f: LighthouseFigures, target: number) => {
    line(
      `Lighthouse mobile, ${name} (${f.rounds} rounds: median min-max)`,
      `${f.performance.median} (${f.performance.min}-${f.performance.max})`,
      `>= ${target}`,
    );
    line(
      "  host benchmarkIndex; CPU slowdown",
      `${f.benchmarkIndex.median} (${f.benchmarkIndex.min}-${f.benchmarkIndex.max}); ${f.cpuSlowdown.median}x (${f.cpuSlowdown.min}-${f.cpuSlowdown.max})`,
    );
    line(
      "  accessibility; LCP; TBT; CLS",
      `${f.accessibility.median}; ${f.lcpMs.median} ms; ${f.tbtMs.median} ms; ${f.cls.median}`,
      "1.0",
    );
  };
  if (lighthouse) {
    score("sign-in page (the machine's reference)", lighthouse.signIn, 0.95);
    score("seed reading page", lighthouse.seed, 0.95);
    if (lighthouse.large) score(`${lighthouse.large.claims}-claim page`, lighthouse.large, 0.9);
    const { calibrated } = lighthouse;
    if (calibrated) {
      score("sign-in page, slowdown calibrated to the host", calibrated.signIn, 0.95);
      score("seed reading page, slowdown calibrated to the host", calibrated.seed, 0.95);
      if (calibrated.large)
        score(`${calibrated.large.claims}-claim page, slowdown calibrated to the host`, calibrated.large, 0.9);
    }
    line(
      "  load average (1 min) before / after the Lighthouse rounds",
      `${lighthouse.loadAverage.before} / ${lighthouse.loadAverage.after}`,
    );
    line("  CPUs idle over 2 s when the rounds began", `${Math.round(lighthouse.idleBefore * 100)}%`, ">= 90%");
  }
  console.log(`\n${pinning}; errors: reading ${reading?.readingPage.errors ?? "-"}, API ${api?.memoHit.errors ?? "-"}`);
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
