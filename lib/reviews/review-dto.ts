import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { renderRichText } from "@/lib/rich-text/render";
import type { RichTextNode } from "@/lib/rich-text/types";

export const reviewSelect = {
  id: true,
  claimId: true,
  certainty: true,
  riskOfBias: true,
  inconsistency: true,
  indirectness: true,
  imprecision: true,
  publicationBias: true,
  largeEffect: true,
  doseResponse: true,
  plausibleConfounding: true,
  tierOpinion: true,
  rationale: true,
  certaintyReason: true,
  status: true,
  submittedAt: true,
  version: true,
  updatedAt: true,
  reviewer: { select: { id: true, name: true } },
} as const satisfies Prisma.ReviewSelect;

type ReviewRow = Prisma.ReviewGetPayload<{ select: typeof reviewSelect }>;

/** A reviewer's own review of a claim as stored now, or null. */
export async function ownReview(tx: Prisma.TransactionClient, claimId: string, reviewerId: string) {
  return tx.review.findUnique({ where: { claimId_reviewerId: { claimId, reviewerId } }, select: reviewSelect });
}

export function toReviewDto(row: ReviewRow) {
  const { rationale, ...rest } = row;
  return {
    ...rest,
    rationale: rationale as RichTextNode | null,
    rationaleHtml: rationale ? renderRichText(rationale as unknown as RichTextNode) : null,
  };
}
export type ReviewDto = ReturnType<typeof toReviewDto>;
