import type { CslItem } from "@/lib/citations/csl";
import type { Prisma } from "@/lib/generated/prisma/client";
import { gradeFieldsSelect } from "@/lib/reading/grade-summary";
import type { RichTextDoc } from "@/lib/rich-text/types";
import type { CritiqueSource } from "./critique";

/**
 * The claim fields the critique builder reads, as a Prisma select (nested under a claim), so the on-demand critique
 * route and the exports load the same rows: submitted reviews only, live citations only.
 */
export const critiqueClaimSelect = {
  tier: true,
  tierSource: true,
  suggestedTier: true,
  suggestionConfidence: true,
  decision: {
    select: { tier: true, certainty: true, note: true, updatedAt: true, editor: { select: { name: true } } },
  },
  reviews: {
    where: { status: "SUBMITTED" },
    orderBy: { submittedAt: "asc" },
    select: {
      ...gradeFieldsSelect,
      largeEffect: true,
      doseResponse: true,
      plausibleConfounding: true,
      rationale: true,
      submittedAt: true,
      reviewer: { select: { name: true } },
    },
  },
  citations: {
    where: { deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      csl: true,
      stance: true,
      studyDesign: true,
      identifierType: true,
      identifier: true,
      note: true,
    },
  },
} as const satisfies Prisma.ClaimSelect;

export type CritiqueClaimRow = Prisma.ClaimGetPayload<{ select: typeof critiqueClaimSelect }>;

/** The builder's input from a claim loaded with `critiqueClaimSelect`. */
export function critiqueSourceOf(claim: CritiqueClaimRow, documentPublished: boolean): CritiqueSource {
  const { decision } = claim;
  return {
    claim: {
      tier: claim.tier,
      tierSource: claim.tierSource,
      suggestedTier: claim.suggestedTier,
      suggestionConfidence: claim.suggestionConfidence,
    },
    decision: decision && {
      tier: decision.tier,
      certainty: decision.certainty,
      note: decision.note as unknown as RichTextDoc | null,
      editor: decision.editor?.name ?? null,
      decidedAt: decision.updatedAt,
    },
    reviews: claim.reviews.map(({ reviewer, rationale, ...grade }) => ({
      ...grade,
      reviewer: reviewer.name,
      rationale: rationale as unknown as RichTextDoc | null,
    })),
    citations: claim.citations.map((c) => ({ ...c, csl: c.csl as CslItem })),
    documentPublished,
  };
}
