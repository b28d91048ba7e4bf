import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { dropDatabase } from "../support/postgres";

const SLUG = "understanding-neuroplasticity-and-its-role-in-mental-health";
const PORT = 3200;
const BASE = `http://localhost:${PORT}`;

async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** The production build on a fresh Postgres database with the demo data (the e2e suite's server script). */
async function startApp(database: string): Promise<ChildProcess> {
  const app = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "tests/e2e/serve-postgres.ts"], {
    env: {
      ...process.env,
      E2E_DATABASE: database,
      PORT: String(PORT),
      NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-00",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
    detached: true,
  });
  await waitFor(`${BASE}/api/health`, 120_000);
  return app;
}

function load(url: string, seconds: number) {
  return new Promise<autocannon.Result>((resolve, reject) =>
    autocannon({ url, connections: 32, duration: seconds }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
}

/** JavaScript a first visit downloads: every script the page references (not the noModule polyfills), gzipped. */
async function firstLoadJs(html: string) {
  const sources = [...html.matchAll(/<script([^>]+)>/g)]
    .map((m) => m[1]!)
    .filter((attributes) => !/\bnoModule\b/i.test(attributes))
    .flatMap((attributes) => attributes.match(/src="([^"]+)"/)?.[1] ?? []);
  let gzip = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer());
    gzip += zlib.gzipSync(body).length;
  }
  return { scripts: new Set(sources).size, gzipKb: Number((gzip / 1024).toFixed(1)) };
}

/** The same page from memory through bare node:http (gzipped once, as asked): the machine's ceiling. */
function bareServer(body: string): Promise<http.Server> {
  const gzipped = zlib.gzipSync(body);
  const server = http.createServer((_, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" });
    res.end(gzipped);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const figures = (r: autocannon.Result) => ({
  reqPerSec: Math.round(r.requests.average),
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  errors: r.errors + r.non2xx,
});

export async function benchReading(quick: boolean) {
  const database = `claimwise_bench_${process.pid}`;
  const app = await startApp(database);
  try {
    const url = `${BASE}/documents/${SLUG}`;
    const html = await (await fetch(url)).text();
    const js = await firstLoadJs(html);
    const seconds = quick ? 2 : 10;
    await load(url, quick ? 1 : 3); // warm-up
    const bare = await bareServer(html);
    try {
      const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
      const page = figures(await load(url, seconds));
      const ceiling = figures(await load(bareUrl, seconds));
      return {
        firstLoadJs: { ...js, targetKb: 120 },
        readingPage: { ...page, connections: 32, seconds },
        bareNodeHttp: ceiling,
        ratioToBare: Number((page.reqPerSec / Math.max(1, ceiling.reqPerSec)).toFixed(3)),
        htmlKb: Number((Buffer.byteLength(html) / 1024).toFixed(1)),
      };
    } finally {
      bare.close();
    }
  } finally {
    if (app.pid) process.kill(-app.pid, "SIGTERM");
    await dropDatabase(database);
  }
}
