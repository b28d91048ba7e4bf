import fs from "node:fs";
import { claimFeatures } from "@/lib/claims/suggest-tier";
import { prepareImport } from "@/lib/documents/prepare-import";

const p = prepareImport("txt", fs.readFileSync("tests/eval/corpus/dev/senolytics-abstracts.txt", "utf8"));
const f = claimFeatures(p.segments);
p.segments.slice(0, 12).forEach((s, i) =>
  console.log(
    s.exact.slice(0, 60),
    "=>",
    [...f[i]!]
      .filter(([k]) => !k.startsWith("w:"))
      .map(([k, v]) => `${k}=${v}`)
      .join(" | "),
  ),
);
