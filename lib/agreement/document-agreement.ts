import type { Certainty, ClaimTier } from "@/lib/generated/prisma/enums";
import { krippendorffAlpha } from "./krippendorff";

const ORDINAL: Record<Certainty, number> = { VERY_LOW: 1, LOW: 2, MODERATE: 3, HIGH: 4 };
const TIER_CODES: Record<ClaimTier, number> = { PRECLINICAL: 1, EARLY_HUMAN_TRIAL: 2, SPECULATIVE: 3 };

export interface ClaimGrades {
  claimId: string;
  grades: { certainty: Certainty | null; tierOpinion: ClaimTier | null }[];
}

/** How far apart reviewers are on one claim: the spread of certainty (0-3) plus the number of extra tier opinions. */
export function disagreement(grades: ClaimGrades["grades"]): number {
  const levels = grades.flatMap((g) => (g.certainty ? [ORDINAL[g.certainty]] : []));
  const spread = levels.length > 1 ? Math.max(...levels) - Math.min(...levels) : 0;
  const tiers = new Set(grades.flatMap((g) => (g.tierOpinion ? [g.tierOpinion] : [])));
  return spread + Math.max(0, tiers.size - 1);
}

/**
 * Agreement among reviewers over a document's claims: Krippendorff's alpha with the ordinal metric on certainty and
 * the nominal metric on tier, and the contested claims, most disagreement first.
 */
export function documentAgreement(claims: ClaimGrades[]) {
  const certainty = krippendorffAlpha(
    claims.map((c) => c.grades.flatMap((g) => (g.certainty ? [ORDINAL[g.certainty]] : []))),
    "ordinal",
  );
  const tier = krippendorffAlpha(
    claims.map((c) => c.grades.flatMap((g) => (g.tierOpinion ? [TIER_CODES[g.tierOpinion]] : []))),
    "nominal",
  );
  const contested = claims
    .map((c) => ({ claimId: c.claimId, score: disagreement(c.grades) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score);
  return { certaintyAlpha: certainty, tierAlpha: tier, contested };
}
