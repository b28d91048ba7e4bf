import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { prepareImport } from "@/lib/documents/prepare-import";
import { ROUNDS, spread } from "./load";

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

/** Import + segmentation + tier suggestion of a 100,000-word article, ROUNDS times (target: under 2 s). */
export function benchImport() {
  const article = longArticle(100_000);
  prepareImport("txt", article); // warm-up: JIT and the sentence splitter's first use
  const times: number[] = [];
  let claims = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    claims = prepareImport("txt", article).claims.length;
    times.push(performance.now() - start);
  }
  return {
    words: article.split(/\s+/).filter(Boolean).length,
    bytes: Buffer.byteLength(article),
    claims,
    ms: spread(times.map(Math.round)),
    targetMs: 2000,
  };
}
