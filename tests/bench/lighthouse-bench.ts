// Lighthouse (mobile preset: simulated slow 4G and a 4x slower CPU) on the public reading pages of the seed and the
// large document, in alternating rounds, reported as median and min–max. Each audit is the Lighthouse CLI
// (node_modules/.bin/lighthouse, npm lighthouse@12.2.3) with a Chromium of its own, Debian's (CHROME_PATH or
// PLAYWRIGHT_CHROMIUM_EXECUTABLE, else /usr/bin/chromium), as a person checking the page would run it.
// The sign-in page (the app's lightest page: the framework's runtime and the header) is audited in the same rounds:
// Lighthouse's blocking time scales the main thread's observed tasks, so other processes on the machine lower every
// page's score, and the sign-in page's figure says how far the machine, not the reading page, is from the target.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { percentile } from "./load";
import { BASE, type Fixtures, onEveryCpu } from "./server";

const CHROME_PATH = process.env.CHROME_PATH ?? process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? "/usr/bin/chromium";

interface Run {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferKb: number;
}

const spread = (values: number[], digits: number) => ({
  median: Number(percentile(values, 50).toFixed(digits)),
  min: Number(Math.min(...values).toFixed(digits)),
  max: Number(Math.max(...values).toFixed(digits)),
});

function summarise(runs: Run[]) {
  return {
    rounds: runs.length,
    performance: spread(
      runs.map((r) => r.performance),
      2,
    ),
    accessibility: spread(
      runs.map((r) => r.accessibility),
      2,
    ),
    lcpMs: spread(
      runs.map((r) => r.lcpMs),
      0,
    ),
    tbtMs: spread(
      runs.map((r) => r.tbtMs),
      0,
    ),
    cls: spread(
      runs.map((r) => r.cls),
      3,
    ),
    transferKb: spread(
      runs.map((r) => r.transferKb),
      0,
    ),
  };
}

export type LighthouseFigures = ReturnType<typeof summarise>;

interface Report {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
}

async function audit(url: string): Promise<Run> {
  const file = path.join(os.tmpdir(), `claimwise-lighthouse-${process.pid}.json`);
  await promisify(execFile)(
    path.join("node_modules", ".bin", "lighthouse"),
    [
      url,
      "--quiet",
      "--chrome-flags=--headless=new --no-sandbox",
      "--only-categories=performance,accessibility",
      "--output=json",
      `--output-path=${file}`,
    ],
    { env: { ...process.env, CHROME_PATH } },
  );
  const { categories, audits } = JSON.parse(fs.readFileSync(file, "utf8")) as Report;
  fs.rmSync(file, { force: true });
  return {
    performance: categories.performance?.score ?? Number.NaN,
    accessibility: categories.accessibility?.score ?? Number.NaN,
    lcpMs: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
    tbtMs: audits["total-blocking-time"]?.numericValue ?? Number.NaN,
    cls: audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
    transferKb: (audits["total-byte-weight"]?.numericValue ?? Number.NaN) / 1024,
  };
}

/** The machine's CPU time so far (Linux /proc/stat: all CPUs), idle and in total; null where there is no such file. */
function cpuTimes(): { idle: number; total: number } | null {
  try {
    const fields = fs.readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
    return { idle: fields[3]! + fields[4]!, total: fields.reduce((sum, f) => sum + f, 0) };
  } catch {
    return null;
  }
}

/**
 * Waits until the CPUs were at least 90% idle over two seconds (for at most `maxWaitMs`): the rounds start right
 * after the bench's own setup (building the large document, Postgres writing it out), which would otherwise count in
 * the first rounds' blocking time. Returns the idle share of the last two seconds.
 */
async function untilQuiet(maxWaitMs: number): Promise<number> {
  const until = Date.now() + maxWaitMs;
  for (;;) {
    const before = cpuTimes();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const after = cpuTimes();
    if (!before || !after) return Number.NaN;
    const idle = (after.idle - before.idle) / Math.max(1, after.total - before.total);
    if (idle >= 0.9 || Date.now() > until) return Number(idle.toFixed(2));
  }
}

/**
 * The seed's reading page (and in the full bench the large document's) and the sign-in page, alternating runs each;
 * with the machine's load average (1 minute) before and after, since the scores are only comparable on a quiet one.
 */
export function benchLighthouse(fixtures: Fixtures, quick: boolean) {
  // On every CPU, as the CLI runs by hand (its 4x CPU slowdown is relative to the host), not on the load generator's
  // one CPU, where Chromium's processes share one core (on this 2-core machine that cost the seed's page about 0.05).
  return onEveryCpu(async () => {
    const signInUrl = `${BASE}/signin`;
    const seedUrl = `${BASE}/documents/${fixtures.seed.slug}`;
    const largeUrl = `${BASE}/documents/${fixtures.large.slug}`;
    // Warm the page cache: the figures are for the page as readers get it.
    for (const url of [signInUrl, seedUrl, largeUrl]) await fetch(url);
    // The quick bench (CI, often on a busy machine) only reports how idle the machine was.
    const idleBefore = await untilQuiet(quick ? 0 : 60_000);
    const loadBefore = os.loadavg()[0]!;
    const signIn: Run[] = [];
    const seed: Run[] = [];
    const large: Run[] = [];
    for (let i = 0; i < (quick ? 1 : 5); i++) {
      signIn.push(await audit(signInUrl));
      seed.push(await audit(seedUrl));
      if (!quick) large.push(await audit(largeUrl));
    }
    return {
      loadAverage: { before: Number(loadBefore.toFixed(1)), after: Number(os.loadavg()[0]!.toFixed(1)) },
      idleBefore,
      signIn: summarise(signIn),
      seed: summarise(seed),
      ...(quick ? {} : { large: { claims: fixtures.large.claims, ...summarise(large) } }),
    };
  });
}
