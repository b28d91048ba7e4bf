import fs from "node:fs";
import path from "node:path";
import type { Label } from "@/lib/claims/tier-metrics";
import type { SourceFormat } from "@/lib/documents/read-source";

export interface ClaimFixture {
  name: string;
  format: SourceFormat;
  content: string;
  /** [start of the claim's text, the tier a reviewer would give it]. */
  labels: [string, Label][];
}

const ROOT = path.join(import.meta.dirname, "../..");
const DIR = path.join(import.meta.dirname, "fixtures");

/** The older labelled documents: the seed article, a news story, a press release, an abstract and the rubric's own examples. */
export function loadFixtures(): ClaimFixture[] {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const raw = JSON.parse(fs.readFileSync(path.join(DIR, file), "utf8"));
      const content = raw.file ? fs.readFileSync(path.join(ROOT, raw.file), "utf8") : raw.content;
      return { name: raw.name, format: raw.format, content, labels: raw.labels };
    });
}
