import fs from "node:fs";
import path from "node:path";
import type { SourceFormat } from "@/lib/documents/read-source";
import { loadFixtures } from "./fixtures";

/** A label of the rubric (`../shared/tier-rubric.md`); ESTABLISHED and AMBIGUOUS mean "no tier". */
export type RubricLabel = "PRECLINICAL" | "EARLY_HUMAN_TRIAL" | "SPECULATIVE" | "ESTABLISHED" | "AMBIGUOUS";

export interface LabelledClaim {
  text: string;
  tier: RubricLabel | null;
  hard?: boolean;
  why?: string;
}

/** One labelled article: every body sentence in order (`claims`), and what is not a claim (`notClaims`). */
export interface LabelledDocument {
  name: string;
  split: Split;
  format: SourceFormat;
  content: string;
  claims: LabelledClaim[];
  notClaims: string[];
  /** The older fixtures label claims by the start of their text and do not list every sentence. */
  byPrefix: boolean;
}

export type Split = "dev" | "test" | "valid" | "fixtures";

const CORPUS = path.join(import.meta.dirname, "corpus");

/** The corpus's articles of one split (tests/eval/corpus/<split>/<slug>.<ext> + <slug>.labels.json). */
export function loadSplit(split: Split): LabelledDocument[] {
  if (split === "fixtures") {
    return loadFixtures().map((f) => ({
      name: f.name,
      split,
      format: f.format,
      content: f.content,
      claims: f.labels.map(([text, tier]) => ({ text, tier })),
      notClaims: [],
      byPrefix: true,
    }));
  }
  const dir = path.join(CORPUS, split);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".labels.json"))
    .sort()
    .map((file) => {
      const slug = file.replace(/\.labels\.json$/, "");
      const labels = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
      const source = fs.readdirSync(dir).find((f) => f.startsWith(`${slug}.`) && !f.endsWith(".labels.json"))!;
      const format = path.extname(source).slice(1) as SourceFormat;
      return {
        name: `${split}/${slug}`,
        split,
        format,
        content: fs.readFileSync(path.join(dir, source), "utf8"),
        claims: labels.claims,
        notClaims: labels.notClaims ?? [],
        byPrefix: false,
      };
    });
}
