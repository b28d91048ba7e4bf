import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { type CslItem, formatReferences } from "@/lib/citations/csl";
import { db } from "@/lib/db/client";
import { documentSummarySelect } from "@/lib/documents/document-dto";
import { readableDocuments } from "@/lib/documents/visibility";
import { notFound } from "@/lib/errors/app-error";
import { applyClaimMarks } from "@/lib/rich-text/apply-claim-marks";
import { renderDocumentBody, renderRichText } from "@/lib/rich-text/render";
import type { RichTextNode } from "@/lib/rich-text/types";
import { gradeFieldsSelect, summariseGrades } from "./grade-summary";

const group = <T extends { claimId: string }>(rows: T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.claimId, [...(map.get(row.claimId) ?? []), row]);
  return map;
};

/**
 * A document as readers see it: the body with every claim marked, and per claim its critique (the editor's
 * decision, the submitted grades summarised, citations with stance, how many comments). Drafts never appear.
 * A handful of queries for the whole document, whatever its number of claims.
 */
export async function getReadingView(actor: Actor, slug: string) {
  authorize(actor, "documents.read");
  const document = await db.document.findFirst({
    where: { AND: [{ slug }, readableDocuments(actor)] },
    select: { ...documentSummarySelect, currentRevision: { select: { id: true, number: true, body: true } } },
  });
  if (!document?.currentRevision) throw notFound("That document");
  const { currentRevision, ...summary } = document;
  const claims = await db.claim.findMany({
    where: { revisionId: currentRevision.id, deletedAt: null, anchorStatus: { not: "ORPHANED" } },
    select: { id: true, start: true, end: true, exact: true, section: true, tier: true, position: true },
    orderBy: { position: "asc" },
  });
  const ids = claims.map((c) => c.id);
  const [decisions, reviews, citations, comments] = await Promise.all([
    db.decision.findMany({
      where: { claimId: { in: ids } },
      select: { claimId: true, tier: true, certainty: true, note: true },
    }),
    db.review.findMany({
      where: { claimId: { in: ids }, status: "SUBMITTED" },
      select: { claimId: true, ...gradeFieldsSelect },
    }),
    db.citation.findMany({
      where: { claimId: { in: ids }, deletedAt: null },
      select: { id: true, claimId: true, csl: true, stance: true, studyDesign: true, note: true },
      orderBy: { createdAt: "asc" },
    }),
    db.comment.groupBy({ by: ["claimId"], where: { claimId: { in: ids }, deletedAt: null }, _count: true }),
  ]);
  const decisionOf = new Map(decisions.map((d) => [d.claimId, d]));
  const reviewsOf = group(reviews);
  const citationsOf = group(citations);
  const commentCount = new Map(comments.map((c) => [c.claimId, c._count]));
  const apa = formatReferences(
    citations.map((c) => c.csl as CslItem),
    "apa",
  );
  const referenceOf = new Map(citations.map((c, i) => [c.id, apa[i]!]));

  const critiques = claims.map((claim, index) => {
    const decision = decisionOf.get(claim.id);
    const grades = summariseGrades(reviewsOf.get(claim.id) ?? []);
    return {
      id: claim.id,
      number: index + 1,
      text: claim.exact,
      section: claim.section,
      tier: decision?.tier ?? claim.tier,
      certainty: decision?.certainty ?? grades.consensus,
      contested: grades.contested,
      decision: decision && {
        tier: decision.tier,
        certainty: decision.certainty,
        noteHtml: decision.note ? renderRichText(decision.note as unknown as RichTextNode) : null,
      },
      grades,
      citations: (citationsOf.get(claim.id) ?? []).map((c) => ({
        id: c.id,
        stance: c.stance,
        studyDesign: c.studyDesign,
        note: c.note,
        reference: referenceOf.get(c.id)!,
      })),
      // The discussion is loaded when a reader opens the critique (components/reading/discussion.tsx): a page
      // embedding every comment grows with the discussion, not with the document.
      comments: commentCount.get(claim.id) ?? 0,
    };
  });

  return {
    ...summary,
    revisionNumber: currentRevision.number,
    bodyHtml: renderDocumentBody(
      applyClaimMarks(
        currentRevision.body as unknown as RichTextNode,
        critiques.map((c, i) => ({
          id: c.id,
          start: claims[i]!.start,
          end: claims[i]!.end,
          tier: c.tier,
          certainty: c.certainty,
          contested: c.contested,
        })),
      ),
    ),
    critiques,
  };
}
export type ReadingView = Awaited<ReturnType<typeof getReadingView>>;
export type Critique = ReadingView["critiques"][number];
