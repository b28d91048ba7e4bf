import { describe, expect, it } from "vitest";
import {
  buildCritique,
  type CritiqueSource,
  READER_SUGGESTION_CONFIDENCE,
  type ReviewRow,
  summariseCritique,
} from "@/lib/critique/critique";

const review = (over: Partial<ReviewRow>): ReviewRow => ({
  reviewer: "Ada",
  submittedAt: new Date("2026-01-02T00:00:00Z"),
  certainty: "LOW",
  tierOpinion: "PRECLINICAL",
  riskOfBias: "NOT_SERIOUS",
  inconsistency: null,
  indirectness: "VERY_SERIOUS",
  imprecision: "SERIOUS",
  publicationBias: null,
  largeEffect: false,
  doseResponse: true,
  plausibleConfounding: false,
  rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Only mice." }] }] },
  ...over,
});

const source = (over: Partial<CritiqueSource>): CritiqueSource => ({
  claim: { tier: "PRECLINICAL", tierSource: "SUGGESTION", suggestedTier: "PRECLINICAL", suggestionConfidence: 0.9 },
  decision: null,
  reviews: [review({}), review({ reviewer: "Bo", certainty: "MODERATE" })],
  citations: [
    {
      id: "c1",
      csl: { title: "Running mice" },
      stance: "SUPPORTS",
      studyDesign: "ANIMAL",
      identifierType: "DOI",
      identifier: "10.1000/xyz",
      note: null,
    },
  ],
  documentPublished: true,
  ...over,
});

const decision = {
  tier: "SPECULATIVE" as const,
  certainty: "VERY_LOW" as const,
  note: null,
  editor: "Eve",
  decidedAt: new Date("2026-01-03T00:00:00Z"),
};

describe("the critique builder", () => {
  it("never presents a reviewer's grade or a classifier's suggestion as decided", () => {
    const critique = buildCritique(source({}));
    expect(critique).toMatchObject({
      tier: null,
      suggestedTier: "PRECLINICAL",
      certainty: null,
      decided: false,
      reviewsPublished: false,
      contested: false,
      reviews: [],
      grades: null,
      citationCount: 1,
    });
    expect(critique.citations).toHaveLength(1);
  });

  it("keeps reviewers' work private while the document is unpublished, even with a decision", () => {
    const critique = buildCritique(source({ decision, documentPublished: false }));
    expect(critique).toMatchObject({ tier: "SPECULATIVE", certainty: "VERY_LOW", decided: true, reviews: [] });
    expect(critique.grades).toBeNull();
  });

  it("publishes rationales, domains with footnote marks and the grade summary with a published decision", () => {
    const critique = buildCritique(source({ decision }));
    expect(critique).toMatchObject({ tier: "SPECULATIVE", certainty: "VERY_LOW", reviewsPublished: true });
    expect(critique.contested).toBe(true);
    expect(critique.grades).toMatchObject({ reviews: 2, certainties: { LOW: 1, MODERATE: 1 } });
    expect(critique.reviews[0]).toMatchObject({
      reviewer: "Ada",
      downgrades: [
        { mark: "a", domain: "indirectness", concern: "VERY_SERIOUS" },
        { mark: "b", domain: "imprecision", concern: "SERIOUS" },
      ],
      upgrades: ["doseResponse"],
      rationale: { type: "doc" },
    });
    expect(critique.reviews[0]!.domains).toHaveLength(5);
  });

  it("uses a tier a person set, and the summary agrees with the full critique", () => {
    const claim = {
      tier: "EARLY_HUMAN_TRIAL" as const,
      tierSource: "PERSON" as const,
      suggestedTier: "PRECLINICAL" as const,
      suggestionConfidence: 0.9,
    };
    const full = buildCritique(source({ claim }));
    expect(full).toMatchObject({ tier: "EARLY_HUMAN_TRIAL", suggestedTier: null });
    const { decision: _d, reviews: _r, grades: _g, citations: _c, ...summary } = full;
    expect(summariseCritique({ ...source({ claim }), citationCount: 1 })).toEqual(summary);
  });

  it("shows readers the classifier's suggestion only when the model thinks it more likely right than wrong", () => {
    const undecided = (suggestionConfidence: number | null) =>
      summariseCritique({
        ...source({ claim: { tier: null, tierSource: null, suggestedTier: "SPECULATIVE", suggestionConfidence } }),
        citationCount: 0,
      });
    expect(undecided(0.62)).toMatchObject({ tier: null, suggestedTier: "SPECULATIVE" });
    expect(undecided(READER_SUGGESTION_CONFIDENCE)).toMatchObject({ suggestedTier: "SPECULATIVE" });
    expect(undecided(0.41)).toMatchObject({ tier: null, suggestedTier: null });
    // Stored before the model gave a confidence: shown, as it always was.
    expect(undecided(null)).toMatchObject({ suggestedTier: "SPECULATIVE" });
  });

  it("shows no suggestion beside an editor's decision that gave the claim no tier", () => {
    const decidedUntiered = summariseCritique({
      ...source({
        claim: { tier: null, tierSource: null, suggestedTier: "SPECULATIVE", suggestionConfidence: 0.9 },
        decision: { ...decision, tier: null },
      }),
      citationCount: 0,
    });
    expect(decidedUntiered).toMatchObject({ tier: null, suggestedTier: null, decided: true });
  });
});
