// The review a seed-article claim gets when no entry of ./seed-article-review.ts matches it (the segmenter may split
// the article differently from the sentences that data was written for). Derived from the claim's tier alone, so it
// says only what is true of any such sentence: nothing is cited for it, and what that means for its grade.
import type { ClaimTier } from "@/lib/generated/prisma/enums";
import type { DemoClaimReview } from "./seed-article-review";

type Fallback = Omit<DemoClaimReview, "quote">;

const FALLBACKS: Record<ClaimTier | "NONE", Fallback> = {
  PRECLINICAL: {
    rita: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale:
        "No study is cited for this statement. As worded it describes a laboratory or animal finding at best, which says little about patients.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "PRECLINICAL",
      rationale: "No source given. A mechanism known at most from the lab or animals, stated as if shown in people.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    decision: { tier: "PRECLINICAL", certainty: "VERY_LOW", note: "No study cited; preclinical at best." },
  },
  EARLY_HUMAN_TRIAL: {
    rita: {
      certainty: "VERY_LOW",
      tier: "EARLY_HUMAN_TRIAL",
      rationale:
        "No study is cited for this statement. Early or unnamed human reports, without a control group, cannot be graded above very low.",
      down: { riskOfBias: "VERY_SERIOUS", imprecision: "SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "EARLY_HUMAN_TRIAL",
      rationale: "No trial is named, so there is nothing to appraise beyond the claim itself.",
      down: { riskOfBias: "VERY_SERIOUS" },
    },
    decision: {
      tier: "EARLY_HUMAN_TRIAL",
      certainty: "VERY_LOW",
      note: "No study cited; early human evidence at best.",
    },
  },
  SPECULATIVE: {
    rita: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale:
        "No study is cited for this statement; it reads as a forecast or a generalisation and is graded as one.",
      down: { indirectness: "VERY_SERIOUS", imprecision: "SERIOUS" },
    },
    rafael: {
      certainty: "VERY_LOW",
      tier: "SPECULATIVE",
      rationale: "No source given. The statement runs ahead of any evidence the article presents.",
      down: { indirectness: "VERY_SERIOUS" },
    },
    decision: { tier: "SPECULATIVE", certainty: "VERY_LOW", note: "No study cited; speculative." },
  },
  NONE: {
    rita: {
      certainty: "LOW",
      tier: null,
      rationale:
        "No study is cited for this statement. Read as background rather than a claim about a treatment; not checked against a source.",
      down: { imprecision: "SERIOUS" },
    },
    rafael: {
      certainty: "LOW",
      tier: null,
      rationale: "No source given. Background statement; nothing here to grade beyond its wording.",
      down: { imprecision: "SERIOUS" },
    },
    decision: { tier: null, certainty: "LOW", note: "No study cited; treated as background." },
  },
};

export function fallbackReview(tier: ClaimTier | null): Fallback {
  return FALLBACKS[tier ?? "NONE"];
}
