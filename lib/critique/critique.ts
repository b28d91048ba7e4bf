import { reviewerWorkIsPublic } from "@/lib/auth/policy";
import type { CslItem } from "@/lib/citations/csl";
import type {
  Certainty,
  ClaimTier,
  Concern,
  IdentifierType,
  Stance,
  StudyDesign,
  TierSource,
} from "@/lib/generated/prisma/enums";
import { type GradeSummary, type SubmittedGrade, summariseGrades } from "@/lib/reading/grade-summary";
import { DOMAINS, type Domain, UPGRADES, type Upgrade } from "@/lib/reviews/schemas";
import type { RichTextDoc } from "@/lib/rich-text/types";

/**
 * The one critique builder (issue 17): from a claim's rows, what a reader is told about it. The reading page, the
 * on-demand critique route and every export call it, so they cannot disagree on what is public. Pure: no database,
 * no rendering (each caller renders rich text and formats references for its own medium).
 */

export interface ClaimTierRow {
  tier: ClaimTier | null;
  tierSource: TierSource | null;
  suggestedTier: ClaimTier | null;
  /** The model's probability for its suggestion (null for suggestions stored before it had one). */
  suggestionConfidence: number | null;
}

/**
 * Readers are shown the classifier's suggestion for an undecided claim only when the model thinks it more likely right
 * than wrong (its confidence is calibrated: lib/claims/tier-model.ts). Editors see every suggestion, with its
 * confidence, in the claim editor and the API. On VALID (never fitted on) this shows readers a suggestion for 84% of
 * the claims the rubric tiers, right 69% of the time (all suggestions: 54%), and for 34% of the established or
 * ambiguous sentences (all: 75%).
 */
export const READER_SUGGESTION_CONFIDENCE = 0.5;

export interface DecisionRow {
  tier: ClaimTier | null;
  certainty: Certainty | null;
  note: RichTextDoc | null;
  /** The deciding editor's name (null when the account is gone). */
  editor: string | null;
  decidedAt: Date;
}

/** A SUBMITTED review (callers never pass drafts). */
export interface ReviewRow extends SubmittedGrade {
  reviewer: string | null;
  submittedAt: Date | null;
  largeEffect: boolean;
  doseResponse: boolean;
  plausibleConfounding: boolean;
  rationale: RichTextDoc | null;
}

export interface CitationRow {
  id: string;
  csl: CslItem;
  stance: Stance;
  studyDesign: StudyDesign;
  identifierType: IdentifierType | null;
  identifier: string | null;
  note: string | null;
}

/** What the one-line summary of a critique needs: grades only, no rationales or references. */
export interface SummarySource {
  claim: ClaimTierRow;
  decision: Pick<DecisionRow, "tier" | "certainty"> | null;
  reviews: SubmittedGrade[];
  citationCount: number;
  documentPublished: boolean;
}

export interface CritiqueSource {
  claim: ClaimTierRow;
  decision: DecisionRow | null;
  reviews: ReviewRow[];
  citations: CitationRow[];
  documentPublished: boolean;
}

export interface CritiqueSummary {
  /** The tier readers are told: the editor's decision, else one a person set. Never a classifier's guess. */
  tier: ClaimTier | null;
  /** The classifier's suggestion, shown as such, when nobody has decided the tier. */
  suggestedTier: ClaimTier | null;
  /** The editor's decided certainty; null until decided (a reviewer's grade never stands in for it). */
  certainty: Certainty | null;
  decided: boolean;
  /** Whether the reviewers' work on this claim is public (lib/auth/policy.ts `reviewerWorkIsPublic`). */
  reviewsPublished: boolean;
  /** Reviewers disagree on certainty or tier; false while their work is not public. */
  contested: boolean;
  citationCount: number;
}

/** One GRADE domain a reviewer rated down, with its footnote mark (a, b, …) as GRADEpro prints them. */
export interface Downgrade {
  mark: string;
  domain: Domain;
  concern: Exclude<Concern, "NOT_SERIOUS">;
}

export interface PublishedReview {
  reviewer: string;
  submittedAt: Date | null;
  certainty: Certainty | null;
  tierOpinion: ClaimTier | null;
  /** Every domain with the reviewer's judgement (null when left blank). */
  domains: { domain: Domain; concern: Concern | null }[];
  downgrades: Downgrade[];
  upgrades: Upgrade[];
  rationale: RichTextDoc | null;
}

export interface Critique extends CritiqueSummary {
  decision: DecisionRow | null;
  /** Submitted reviews, in the order given; empty until the reviewers' work is public. */
  reviews: PublishedReview[];
  /** The grades summarised; null until the reviewers' work is public. */
  grades: GradeSummary | null;
  citations: CitationRow[];
}

const FOOTNOTE_MARKS = "abcdefghij";

/** The one-line summary: decided tier and certainty, whether reviewers' work is public, how much evidence is cited. */
export function summariseCritique(source: SummarySource): CritiqueSummary {
  const { claim, decision } = source;
  const tier = decision?.tier ?? (claim.tierSource === "PERSON" ? claim.tier : null);
  const confident = (claim.suggestionConfidence ?? 1) >= READER_SUGGESTION_CONFIDENCE;
  const suggestion = claim.tierSource === "SUGGESTION" ? (claim.tier ?? claim.suggestedTier) : claim.suggestedTier;
  const reviewsPublished = reviewerWorkIsPublic({
    decided: decision !== null,
    documentPublished: source.documentPublished,
  });
  return {
    tier,
    // An editor who decided a claim and gave it no tier decided that: no classifier's guess beside it.
    suggestedTier: tier || decision || !confident ? null : suggestion,
    certainty: decision?.certainty ?? null,
    decided: decision !== null,
    reviewsPublished,
    contested: reviewsPublished && summariseGrades(source.reviews).contested,
    citationCount: source.citationCount,
  };
}

function publishedReview(review: ReviewRow): PublishedReview {
  const downgrades: Downgrade[] = [];
  for (const domain of DOMAINS) {
    const concern = review[domain];
    if (concern === "SERIOUS" || concern === "VERY_SERIOUS") {
      downgrades.push({ mark: FOOTNOTE_MARKS[downgrades.length]!, domain, concern });
    }
  }
  return {
    reviewer: review.reviewer ?? "A former reviewer",
    submittedAt: review.submittedAt,
    certainty: review.certainty,
    tierOpinion: review.tierOpinion,
    domains: DOMAINS.map((domain) => ({ domain, concern: review[domain] })),
    downgrades,
    upgrades: UPGRADES.filter((u) => review[u]),
    rationale: review.rationale,
  };
}

/** A claim's whole critique, in the order readers are told it: decision, reviewers' work (when public), evidence. */
export function buildCritique(source: CritiqueSource): Critique {
  const summary = summariseCritique({ ...source, citationCount: source.citations.length });
  return {
    ...summary,
    decision: source.decision,
    reviews: summary.reviewsPublished ? source.reviews.map(publishedReview) : [],
    grades: summary.reviewsPublished ? summariseGrades(source.reviews) : null,
    citations: source.citations,
  };
}
