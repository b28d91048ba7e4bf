import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fallbackReview } from "@/lib/db/demo/fallback-review";
import { matchEntry, occurrences } from "@/lib/db/demo/match";
import { REFERENCES } from "@/lib/db/demo/references";
import { SAMPLE_DOCUMENTS } from "@/lib/db/demo/sample-documents";
import { SEED_ARTICLE_REVIEW } from "@/lib/db/demo/seed-article-review";

const seed = fs.readFileSync(
  path.join(import.meta.dirname, "../../prisma/seed/stem-cells-neuroplasticity.txt"),
  "utf8",
);

describe("the demo's prepared critique of the seed article", () => {
  it("quotes each sentence it reviews exactly once from the article, whatever the segmenter makes of it", () => {
    for (const entry of SEED_ARTICLE_REVIEW) expect(occurrences(seed, entry.quote), entry.quote).toBe(1);
  });

  it("cites only references stored with a DOI or PMID, full metadata and where they were confirmed", () => {
    const used = new Set(SEED_ARTICLE_REVIEW.flatMap((e) => (e.citations ?? []).map((c) => c.ref)));
    expect([...used].sort()).toEqual(Object.keys(REFERENCES).sort());
    for (const [key, { csl, confirmedAt }] of Object.entries(REFERENCES)) {
      expect(csl.DOI ?? csl.PMID, key).toBeTruthy();
      expect(csl.title, key).toBeTruthy();
      expect(csl["container-title"], key).toBeTruthy();
      expect((csl.author as unknown[]).length, key).toBeGreaterThan(0);
      expect(csl.issued, key).toBeTruthy();
      expect(confirmedAt.length, key).toBeGreaterThan(0);
      for (const url of confirmedAt) expect(url, key).toMatch(/^https?:\/\//);
    }
  });

  it("writes a rationale for both reviewers and a decision note for every entry", () => {
    for (const entry of SEED_ARTICLE_REVIEW) {
      for (const grade of [entry.rita, entry.rafael]) expect(grade.rationale.length, entry.quote).toBeGreaterThan(10);
      expect(entry.decision.note.length, entry.quote).toBeGreaterThan(10);
    }
  });
});

describe("matching claims to the prepared critique", () => {
  it("ignores case, apostrophe style and spacing, and picks the first entry the claim contains", () => {
    const entries = [{ quote: "don't directly  replace" }, { quote: "lost neurons" }];
    expect(matchEntry("These cells DON’T directly replace lost neurons.", entries)).toBe(entries[0]);
    expect(matchEntry("Nothing to see here.", entries)).toBeUndefined();
  });

  it("falls back to a decision of the claim's own tier", () => {
    for (const tier of ["PRECLINICAL", "EARLY_HUMAN_TRIAL", "SPECULATIVE", null] as const) {
      const fallback = fallbackReview(tier);
      expect(fallback.decision.tier).toBe(tier);
      expect(fallback.rita.rationale).toMatch(/^No study is cited for this statement/);
    }
  });
});

describe("the sample documents", () => {
  it("say they are invented, and quote their own text for each review and thread", () => {
    for (const sample of SAMPLE_DOCUMENTS) {
      expect(sample.title).toMatch(/\(sample article\)$/);
      expect(sample.markdown.split("\n")[0]).toBe(`# ${sample.title}`);
      for (const { quote } of [...sample.reviews, ...sample.discussion]) {
        expect(occurrences(sample.markdown, quote), quote).toBe(1);
      }
    }
  });
});
