// `npm run bench [-- --quick]`: speed figures, printed and written to bench-results/bench.json. Targets are printed
// beside the figures as ratios; nothing here fails a build (machines differ).
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { prepareImport } from "@/lib/documents/prepare-import";

const quick = process.argv.includes("--quick");
const seed = fs.readFileSync(
  path.join(import.meta.dirname, "../../prisma/seed/stem-cells-neuroplasticity.txt"),
  "utf8",
);

/** A long article in the seed's scraped format: the seed's sections repeated under numbered headings. */
function longArticle(words: number): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = 1; count < words; i++) {
    const section = seed.replace(/^(.+)\n\n([a-z0-9.-]+)\n/, `Part ${i}: $1\n\npart-${i}-$2\n`);
    parts.push(section);
    count += section.split(/\s+/).filter(Boolean).length;
  }
  return parts.join("\n");
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const words = 100_000;
const article = longArticle(words);
const actualWords = article.split(/\s+/).filter(Boolean).length;
const runs = quick ? 1 : 5;
prepareImport("txt", article); // warm-up: JIT and the sentence splitter's first use
const times: number[] = [];
let claims = 0;
const heapBefore = process.memoryUsage().heapUsed;
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  claims = prepareImport("txt", article).claims.length;
  times.push(performance.now() - start);
}
const heapAfter = process.memoryUsage().heapUsed;

const figures = {
  date: new Date().toISOString(),
  node: process.version,
  quick,
  importSegmentation: {
    words: actualWords,
    bytes: Buffer.byteLength(article),
    claims,
    runs,
    medianMs: Math.round(median(times)),
    targetMs: 2000,
    ratioToTarget: Number((median(times) / 2000).toFixed(3)),
    heapGrowthMb: Number(((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)),
  },
};

const f = figures.importSegmentation;
console.log("figure                                    value        target   ratio");
console.log(
  `import + segmentation, ${f.words.toLocaleString("en")} words`.padEnd(42) +
    `${f.medianMs} ms`.padStart(8) +
    `${f.targetMs} ms`.padStart(13) +
    `${f.ratioToTarget}`.padStart(8),
);
console.log(
  `  (${f.claims.toLocaleString("en")} claims, ${(f.bytes / 1024).toFixed(0)} KB, median of ${f.runs} run(s))`,
);
fs.mkdirSync("bench-results", { recursive: true });
fs.writeFileSync("bench-results/bench.json", `${JSON.stringify(figures, null, 2)}\n`);
console.log("written: bench-results/bench.json");
