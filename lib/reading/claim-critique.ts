import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { formattedReferences } from "@/lib/citations/formatted-references";
import { identifierUrl } from "@/lib/citations/identifiers";
import { buildCritique } from "@/lib/critique/critique";
import { critiqueClaimSelect, critiqueSourceOf } from "@/lib/critique/critique-rows";
import { db } from "@/lib/db/client";
import { readableDocuments } from "@/lib/documents/visibility";
import { notFound } from "@/lib/errors/app-error";
import { renderRichText } from "@/lib/rich-text/render";
import type { RichTextDoc } from "@/lib/rich-text/types";

const html = (doc: RichTextDoc | null) => (doc ? renderRichText(doc) : null);

/**
 * One claim's critique as readers see it, loaded when they open it: the reading page carries only each claim's
 * one-line summary, so its size follows the text, not the reviews. Visible exactly when the claim's document is
 * (the same `where` as the page); what of the reviewers' work is shown is the critique builder's rule.
 */
export async function getClaimCritique(actor: Actor, claimId: string) {
  authorize(actor, "documents.read");
  const claim = await db.claim.findFirst({
    where: { id: claimId, deletedAt: null, document: readableDocuments(actor) },
    select: {
      id: true,
      exact: true,
      document: { select: { status: true } },
      _count: { select: { comments: { where: { deletedAt: null } } } },
      ...critiqueClaimSelect,
    },
  });
  if (!claim) throw notFound("That claim");
  const critique = buildCritique(critiqueSourceOf(claim, claim.document.status === "PUBLISHED"));
  const references = await formattedReferences(
    critique.citations.map((c) => c.csl),
    "apa",
  );
  return {
    id: claim.id,
    text: claim.exact,
    tier: critique.tier,
    suggestedTier: critique.suggestedTier,
    certainty: critique.certainty,
    decided: critique.decided,
    reviewsPublished: critique.reviewsPublished,
    contested: critique.contested,
    decision: critique.decision && {
      tier: critique.decision.tier,
      certainty: critique.decision.certainty,
      editor: critique.decision.editor,
      decidedAt: critique.decision.decidedAt.toISOString(),
      noteHtml: html(critique.decision.note),
    },
    grades: critique.grades,
    reviews: critique.reviews.map(({ rationale, submittedAt, domains: _all, ...review }) => ({
      ...review,
      submittedAt: submittedAt?.toISOString() ?? null,
      rationaleHtml: html(rationale),
    })),
    citations: critique.citations.map((c, i) => ({
      id: c.id,
      stance: c.stance,
      studyDesign: c.studyDesign,
      note: c.note,
      reference: references[i]!,
      link: identifierUrl(c.identifierType, c.identifier) ?? null,
    })),
    comments: claim._count.comments,
  };
}
export type ClaimCritique = Awaited<ReturnType<typeof getClaimCritique>>;
