// `npm run bench [-- --quick]`: speed figures, printed and written to bench-results/bench.json. Targets are printed
// beside the figures as ratios; nothing here fails on a slow machine (machines differ). Needs `next build` and a
// Postgres server (TEST_DATABASE_ADMIN_URL) for the reading-page figures.
import fs from "node:fs";
import { benchImport } from "./import-bench";
import { benchReading } from "./reading-bench";

const quick = process.argv.includes("--quick");
const importing = benchImport(quick);
const reading = await benchReading(quick);

const row = (name: string, value: string, target = "", ratio = "") =>
  console.log(`${name.padEnd(46)}${value.padStart(14)}${target.padStart(12)}${ratio.padStart(8)}`);
console.log(`${"figure".padEnd(46)}${"value".padStart(14)}${"target".padStart(12)}${"ratio".padStart(8)}`);
row(
  `import + segmentation, ${importing.words.toLocaleString("en")} words`,
  `${importing.medianMs} ms`,
  `${importing.targetMs} ms`,
  (importing.medianMs / importing.targetMs).toFixed(2),
);
row(
  "reading page first-load JS (gzip)",
  `${reading.firstLoadJs.gzipKb} KB`,
  "120 KB",
  (reading.firstLoadJs.gzipKb / 120).toFixed(2),
);
row("reading page, 32 connections", `${reading.readingPage.reqPerSec} req/s`);
row(
  "  p50 / p99 latency",
  `${reading.readingPage.p50Ms} / ${reading.readingPage.p99Ms} ms`,
  "p99 50 ms",
  (reading.readingPage.p99Ms / 50).toFixed(2),
);
row("bare node:http, same bytes", `${reading.bareNodeHttp.reqPerSec} req/s`);
row("reading page / bare node:http", "", "", reading.ratioToBare.toFixed(2));
console.log(
  `(${importing.claims.toLocaleString("en")} claims imported; page ${reading.htmlKb} KB of HTML, ${reading.firstLoadJs.scripts} scripts; errors ${reading.readingPage.errors})`,
);

fs.mkdirSync("bench-results", { recursive: true });
fs.writeFileSync(
  "bench-results/bench.json",
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, quick, importing, reading }, null, 2)}\n`,
);
console.log("written: bench-results/bench.json");
