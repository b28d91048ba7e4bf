import type { Certainty, ClaimTier, Concern } from "@/lib/generated/prisma/enums";
import { DOMAINS, type Domain } from "@/lib/reviews/schemas";

const ORDER: Certainty[] = ["VERY_LOW", "LOW", "MODERATE", "HIGH"];

/** The review fields a grade summary reads (a Prisma select). */
export const gradeFieldsSelect = {
  certainty: true,
  tierOpinion: true,
  riskOfBias: true,
  inconsistency: true,
  indirectness: true,
  imprecision: true,
  publicationBias: true,
} as const;

export interface SubmittedGrade {
  certainty: Certainty | null;
  tierOpinion: ClaimTier | null;
  riskOfBias: Concern | null;
  inconsistency: Concern | null;
  indirectness: Concern | null;
  imprecision: Concern | null;
  publicationBias: Concern | null;
}

export interface GradeSummary {
  reviews: number;
  certainties: Partial<Record<Certainty, number>>;
  /** The median certainty (the lower of the two middle ones), when anyone gave one. */
  consensus: Certainty | null;
  /** Per domain, how many reviewers rated it down (serious or very serious). */
  concerns: Record<Domain, { serious: number; verySerious: number }>;
  tierOpinions: Partial<Record<ClaimTier, number>>;
  /** Reviewers disagree on certainty or on tier. */
  contested: boolean;
}

/** What readers see of the reviewers' grades of one claim: counts and a median, no individual drafts. */
export function summariseGrades(grades: SubmittedGrade[]): GradeSummary {
  const certainties: Partial<Record<Certainty, number>> = {};
  const tierOpinions: Partial<Record<ClaimTier, number>> = {};
  const concerns = Object.fromEntries(
    DOMAINS.map((d) => [d, { serious: 0, verySerious: 0 }]),
  ) as GradeSummary["concerns"];
  for (const grade of grades) {
    if (grade.certainty) certainties[grade.certainty] = (certainties[grade.certainty] ?? 0) + 1;
    if (grade.tierOpinion) tierOpinions[grade.tierOpinion] = (tierOpinions[grade.tierOpinion] ?? 0) + 1;
    for (const domain of DOMAINS) {
      if (grade[domain] === "SERIOUS") concerns[domain].serious++;
      if (grade[domain] === "VERY_SERIOUS") concerns[domain].verySerious++;
    }
  }
  const sorted = grades.flatMap((g) => (g.certainty ? [ORDER.indexOf(g.certainty)] : [])).sort((a, b) => a - b);
  const consensus = sorted.length ? ORDER[sorted[Math.floor((sorted.length - 1) / 2)]!]! : null;
  const contested = Object.keys(certainties).length > 1 || Object.keys(tierOpinions).length > 1;
  return { reviews: grades.length, certainties, consensus, concerns, tierOpinions, contested };
}
