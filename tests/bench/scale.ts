// `npm run bench -- --scale[=factor]`: the figures of the generated installation (tests/bench/scale-data.ts; factor 1
// is 1,000,000 claims, `--scale=0.05` a 50,000-claim variant for development) against the production build: p50/p95
// of the editorial dashboard, search (a common and a rare term), a document's claims API, the reading page uncached,
// a review save and a decision, each request alone (one at a time, nothing else running), and the EXPLAIN (ANALYZE)
// plans of the heaviest statements. `--keep` keeps the database for the next run (which then skips the load).
// Writes bench-results/scale.json and bench-results/scale-plans.txt. Needs `next build` and a Postgres server.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { databaseUrl, dropDatabase } from "../support/postgres";
import { richText } from "../support/rich-text";
import { actionId } from "../support/server-action";
import { signInCookie } from "../support/sign-in-cookie";
import { percentile } from "./load";
import { CLAIMS_PER_DOCUMENT, COMMON_TERM, ids, RARE_TERM, type ScaleSize } from "./scale-data";
import { BASE, BENCH_DIR, waitFor } from "./server";

interface Fixtures {
  size: ScaleSize;
  loadSeconds: number | null;
  editorToken: string;
  reviewerToken: string;
}
interface Figure {
  p50Ms: number;
  p95Ms: number;
  samples: number;
  target: number;
  /** The size of the last answer. */
  kb: number;
}

const tsx = (script: string, env: Record<string, string>, detached = false): ChildProcess =>
  spawn("node_modules/.bin/tsx", ["--conditions=react-server", script], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", detached ? "inherit" : "pipe", "inherit"],
    detached,
  });

export async function benchScale(argv: string[]) {
  const arg = argv.find((a) => a.startsWith("--scale"))!;
  const factor = arg.includes("=") ? Number(arg.split("=")[1]) : 1;
  if (!(factor > 0 && factor <= 1)) throw new Error("--scale takes a factor in (0, 1], e.g. --scale=0.05");
  const keep = argv.includes("--keep");
  const database = `claimwise_scale_${String(factor).replace(".", "_")}`;
  const samples = argv.includes("--quick") ? 5 : 40;

  console.log(`… the scale installation (factor ${factor}) and the production build on it`);
  const started = performance.now();
  const server = tsx(
    "tests/bench/scale-serve.ts",
    {
      SCALE_DATABASE: database,
      SCALE_FACTOR: String(factor),
      CLAIMWISE_BENCH_DIR: BENCH_DIR,
      PORT: new URL(BASE).port,
      NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-00",
    },
    true,
  );
  const sql = postgres(databaseUrl(database), { max: 1, onnotice: () => {} });
  try {
    await waitFor(`${BASE}/api/health`, 3_600_000);
    const readySeconds = Math.round((performance.now() - started) / 1000);
    const fixtures = JSON.parse(fs.readFileSync(path.join(BENCH_DIR, "fixtures.json"), "utf8")) as Fixtures;
    const { size } = fixtures;
    // Writes of an earlier run with --keep would turn this run's creations into conflicts.
    await sql`DELETE FROM "Decision" WHERE id NOT LIKE 'sdc%'`;
    await sql`DELETE FROM "Review" WHERE id NOT LIKE 'srv%'`;
    const [tables] = await sql<{ claims: number; reviews: number; comments: number; citations: number }[]>`
      SELECT (SELECT count(*) FROM "Claim")::int AS claims, (SELECT count(*) FROM "Review")::int AS reviews,
             (SELECT count(*) FROM "Comment")::int AS comments, (SELECT count(*) FROM "Citation")::int AS citations`;
    const cookie = await signInCookie(BASE, "editor@demo.test", "demo-password");
    const editor = { authorization: `Bearer ${fixtures.editorToken}` };
    const reviewer = { authorization: `Bearer ${fixtures.reviewerToken}`, "content-type": "application/json" };
    // Published documents, a different one for every request, so no memo or cache of the app answers.
    const published = Array.from({ length: size.documents }, (_, d) => d).filter((d) => d % 10 < 7);
    const document = (i: number) => published[(i * 7) % published.length]!;
    // Reviewer 0 is assigned to every 25th document; claims from position 100 on have no review or decision yet.
    const reviewed = (i: number) => ({ d: 25 * (i % Math.floor(size.documents / 25)), p: 100 + i });

    const measure = async (target: number, request: (i: number) => Promise<Response>): Promise<Figure> => {
      const times: number[] = [];
      let bytes = 0;
      for (let i = -3; i < samples; i++) {
        const t0 = performance.now();
        const response = await request(i + 3);
        const body = await response.text();
        if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${body.slice(0, 300)}`);
        if (i >= 0) times.push(performance.now() - t0);
        bytes = Buffer.byteLength(body);
      }
      return {
        p50Ms: Math.round(percentile(times, 50)),
        p95Ms: Math.round(percentile(times, 95)),
        samples: times.length,
        target,
        kb: Math.round(bytes / 1024),
      };
    };

    const decide = actionId("saveDecisionAction", "documents/[slug]/decide");
    console.log("… measuring, one request at a time");
    // Other work on the machine slows every figure: the load average before and after goes with them.
    const loadBefore = os.loadavg()[0]!.toFixed(1);
    const figures: Record<string, Figure> = {
      "editorial dashboard (/editor)": await measure(200, () => fetch(`${BASE}/editor`, { headers: { cookie } })),
      [`search, common term "${COMMON_TERM}"`]: await measure(100, () =>
        fetch(`${BASE}/search?q=${encodeURIComponent(COMMON_TERM)}`),
      ),
      [`search, rare term "${RARE_TERM}"`]: await measure(100, () =>
        fetch(`${BASE}/search?q=${encodeURIComponent(RARE_TERM)}`),
      ),
      [`claims API, ${CLAIMS_PER_DOCUMENT} claims (cold: a new document each time)`]: await measure(200, (i) =>
        fetch(`${BASE}/api/v1/documents/${ids.document(document(i))}/claims`, { headers: editor }),
      ),
      // The same document again and again: after the first request, answered from the 5-second memo.
      [`claims API, ${CLAIMS_PER_DOCUMENT} claims (memo hit: the same document)`]: await measure(200, () =>
        fetch(`${BASE}/api/v1/documents/${ids.document(document(0))}/claims`, { headers: editor }),
      ),
      "reading page uncached (/documents/…/private)": await measure(200, (i) =>
        fetch(`${BASE}/documents/scale-document-${document(i + 1000)}/private`, { headers: { cookie } }),
      ),
      "review save (REST PUT, create then update)": await measure(200, (i) => {
        const { d, p } = reviewed(Math.floor(i / 2));
        return fetch(`${BASE}/api/v1/claims/${ids.claim(d, p)}/review`, {
          method: "PUT",
          headers: reviewer,
          body: JSON.stringify({ version: i % 2, certainty: i % 2 ? "LOW" : "MODERATE", rationale: richText("Thin.") }),
        });
      }),
      "decision (server action, create then update)": await measure(200, async (i) => {
        const { d, p } = reviewed(Math.floor(i / 2));
        const response = await fetch(`${BASE}/documents/scale-document-${d}/decide`, {
          method: "POST",
          headers: { cookie, "next-action": decide, accept: "text/x-component", "content-type": "text/plain" },
          body: JSON.stringify([
            { claimId: ids.claim(d, p), version: i % 2, tier: "PRECLINICAL", certainty: i % 2 ? "LOW" : "MODERATE" },
          ]),
        });
        // An action answers 200 with its result inside: a refused decision must not count as a fast one.
        const body = await response.clone().text();
        if (!body.includes('"ok":true')) throw new Error(`decision refused: ${body.slice(0, 300)}`);
        return response;
      }),
    };

    const load = `load average ${loadBefore} before, ${os.loadavg()[0]!.toFixed(1)} after`;
    console.log("… EXPLAIN (ANALYZE) of the heaviest statements");
    const explain = tsx("tests/bench/scale-explain.ts", { DATABASE_URL: databaseUrl(database) });
    let output = "";
    explain.stdout!.on("data", (chunk) => {
      output += chunk;
    });
    await new Promise((resolve) => explain.on("exit", resolve));
    const plans = JSON.parse(output) as Record<string, string>;

    const line = (a: string, b: string, c: string, d: string, e: string) =>
      console.log(`${a.padEnd(62)}${b.padStart(10)}${c.padStart(10)}${d.padStart(12)}${e.padStart(10)}`);
    console.log(
      `\n${size.documents.toLocaleString("en")} documents, ${tables!.claims.toLocaleString("en")} claims, ` +
        `${tables!.reviews.toLocaleString("en")} reviews, ${tables!.comments.toLocaleString("en")} comments, ` +
        `${tables!.citations.toLocaleString("en")} citations; ` +
        (fixtures.loadSeconds === null ? "database reused" : `loaded in ${fixtures.loadSeconds} s`) +
        `, server ready after ${readySeconds} s; ${samples} requests each; ${load}`,
    );
    line("figure", "p50 ms", "p95 ms", "target p95", "KB");
    for (const [name, f] of Object.entries(figures)) {
      line(name, String(f.p50Ms), String(f.p95Ms), `<= ${f.target}`, String(f.kb));
    }
    for (const [title, plan] of Object.entries(plans)) console.log(`\n${title}\n${plan}`);

    fs.mkdirSync("bench-results", { recursive: true });
    fs.writeFileSync(
      "bench-results/scale.json",
      `${JSON.stringify({ date: new Date().toISOString(), factor, size, tables, loadSeconds: fixtures.loadSeconds, load, figures }, null, 2)}\n`,
    );
    fs.writeFileSync(
      "bench-results/scale-plans.txt",
      Object.entries(plans)
        .map(([title, plan]) => `${title}\n${plan}\n`)
        .join("\n"),
    );
    console.log("written: bench-results/scale.json, bench-results/scale-plans.txt");
  } finally {
    await sql.end();
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    if (!keep) await dropDatabase(database);
  }
}
