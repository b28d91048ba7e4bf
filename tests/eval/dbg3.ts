import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { segment } from "@/lib/claims/segment";
import { suggestTiers } from "@/lib/claims/suggest-tier";
import { parseSource } from "@/lib/documents/parse-source";
import { textBlocks } from "@/lib/rich-text/text-blocks";

const seed = fs.readFileSync("prisma/seed/stem-cells-neuroplasticity.txt", "utf8");
const article = Array.from({ length: 70 }, (_, i) =>
  seed.replace(/^(.+)\n\n([a-z0-9.-]+)\n/, `Part ${i}: $1\n\npart-${i}-$2\n`),
).join("\n");
const segs = segment(textBlocks(parseSource("txt", article).body));
for (let r = 0; r < 4; r++) {
  const t = performance.now();
  suggestTiers(segs);
  console.log(performance.now() - t);
}
