import "server-only";
import { interpretAlpha } from "@/lib/agreement/alpha-interpretation";
import { disagreement, documentAgreement } from "@/lib/agreement/document-agreement";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import type { Certainty, ClaimTier } from "@/lib/generated/prisma/enums";
import { gradeFieldsSelect, summariseGrades } from "@/lib/reading/grade-summary";
import type { RichTextNode } from "@/lib/rich-text/types";

/** What the editor decides on: each live claim with its submitted grades summarised, disagreement and decision. */
export async function getDecideView(actor: Actor, slug: string) {
  authorize(actor, "decisions.write");
  const document = await db.document.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, status: true, version: true, currentRevisionId: true },
  });
  if (!document) throw notFound("That document");
  const claims = await db.claim.findMany({
    where: { revisionId: document.currentRevisionId ?? "", deletedAt: null, anchorStatus: { not: "ORPHANED" } },
    select: {
      id: true,
      exact: true,
      tier: true,
      position: true,
      decision: { select: { tier: true, certainty: true, note: true, version: true } },
      reviews: {
        where: { status: "SUBMITTED" },
        select: { ...gradeFieldsSelect, reviewerId: true, certaintyReason: true, reviewer: { select: { name: true } } },
      },
    },
    orderBy: { position: "asc" },
  });
  return {
    document,
    agreement: agreementOf(claims),
    claims: claims.map((claim, i) => ({
      id: claim.id,
      number: i + 1,
      text: claim.exact,
      tier: claim.tier,
      grades: summariseGrades(claim.reviews),
      disagreement: disagreement(claim.reviews),
      /** Reviewers who chose another certainty than their domains give, and why (lib/reviews/grade-rating.ts). */
      certaintyReasons: claim.reviews.flatMap((r) =>
        r.certaintyReason ? [{ reviewer: r.reviewer.name, certainty: r.certainty, reason: r.certaintyReason }] : [],
      ),
      decision: claim.decision && {
        tier: claim.decision.tier,
        certainty: claim.decision.certainty,
        // The note as stored (Tiptap JSON): the editor edits it with its formatting, links and lists intact.
        note: (claim.decision.note ?? null) as RichTextNode | null,
        version: claim.decision.version,
      },
    })),
  };
}
export type DecideView = Awaited<ReturnType<typeof getDecideView>>;

type GradedClaim = {
  id: string;
  exact: string;
  reviews: { reviewerId: string; certainty: Certainty | null; tierOpinion: ClaimTier | null }[];
};

/**
 * The document's agreement as an editor reads it: Krippendorff's alpha with its interpretation, how many claims and
 * reviewers it rests on (claims with two or more submitted grades), and the claims that drive disagreement.
 */
function agreementOf(claims: GradedClaim[]) {
  const result = documentAgreement(claims.map((c) => ({ claimId: c.id, grades: c.reviews })));
  const paired = claims.filter((c) => c.reviews.length >= 2);
  const number = new Map(claims.map((c, i) => [c.id, { number: i + 1, text: c.exact }]));
  return {
    certainty: { alpha: result.certaintyAlpha, ...interpretAlpha(result.certaintyAlpha) },
    tier: { alpha: result.tierAlpha, ...interpretAlpha(result.tierAlpha) },
    claims: paired.length,
    reviewers: new Set(paired.flatMap((c) => c.reviews.map((r) => r.reviewerId))).size,
    drivers: result.contested
      .slice(0, 5)
      .map((c) => ({ claimId: c.claimId, score: c.score, ...number.get(c.claimId)! })),
  };
}
