import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { type CslItem, formatReferences } from "@/lib/citations/csl";
import { db } from "@/lib/db/client";
import { documentSummarySelect } from "@/lib/documents/document-dto";
import { readableDocuments } from "@/lib/documents/visibility";
import { notFound } from "@/lib/errors/app-error";
import { gradeFieldsSelect, summariseGrades } from "@/lib/reading/grade-summary";
import { plainText } from "@/lib/rich-text/plain-text";
import type { RichTextDoc, RichTextNode } from "@/lib/rich-text/types";

/**
 * Everything an export shows, built by one query (DESIGN.md rule 7): the document, its current body, and per claim
 * its selectors, tier, decision, submitted grades, citations and discussion. Every format module is a pure
 * function of this.
 */
export async function buildAnnotatedDocument(actor: Actor, documentId: string) {
  authorize(actor, "exports.read");
  const document = await db.document.findFirst({
    where: { AND: [{ id: documentId }, readableDocuments(actor)] },
    select: {
      ...documentSummarySelect,
      currentRevision: { select: { id: true, number: true, body: true, plainText: true } },
      claims: {
        where: { deletedAt: null, anchorStatus: { not: "ORPHANED" } },
        orderBy: { position: "asc" },
        select: {
          id: true,
          revisionId: true,
          exact: true,
          prefix: true,
          suffix: true,
          start: true,
          end: true,
          section: true,
          tier: true,
          suggestedTier: true,
          suggestionCues: true,
          decision: { select: { tier: true, certainty: true, note: true, updatedAt: true } },
          reviews: {
            where: { status: "SUBMITTED" },
            select: {
              ...gradeFieldsSelect,
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
              note: true,
              identifierType: true,
              identifier: true,
            },
          },
          comments: {
            where: { deletedAt: null },
            orderBy: { createdAt: "asc" },
            select: {
              id: true,
              parentId: true,
              bodyText: true,
              body: true,
              createdAt: true,
              author: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  if (!document?.currentRevision) throw notFound("That document");
  const { currentRevision, claims, ...meta } = document;
  const live = claims.filter((c) => c.revisionId === currentRevision.id);
  // Every reference of the document formatted in one citeproc pass per style.
  const cited = live.flatMap((claim) => claim.citations);
  const items = cited.map((c) => c.csl as CslItem);
  const [apa, vancouver] = [formatReferences(items, "apa"), formatReferences(items, "vancouver")];
  const referenceOf = new Map(cited.map((c, i) => [c.id, { apa: apa[i]!, vancouver: vancouver[i]! }]));
  return {
    ...meta,
    exportedAt: new Date(),
    revision: {
      number: currentRevision.number,
      body: currentRevision.body as unknown as RichTextDoc,
      plainText: currentRevision.plainText,
    },
    claims: live.map((claim, i) => ({
      id: claim.id,
      number: i + 1,
      text: claim.exact,
      prefix: claim.prefix,
      suffix: claim.suffix,
      start: claim.start,
      end: claim.end,
      section: claim.section,
      tier: claim.decision?.tier ?? claim.tier,
      suggestedTier: claim.suggestedTier,
      cues: claim.suggestionCues as string[],
      decision: claim.decision && {
        tier: claim.decision.tier,
        certainty: claim.decision.certainty,
        note: claim.decision.note ? plainText(claim.decision.note as unknown as RichTextNode) : null,
        noteDoc: claim.decision.note as unknown as RichTextDoc | null,
        decidedAt: claim.decision.updatedAt,
      },
      grades: summariseGrades(claim.reviews),
      reviews: claim.reviews.map(({ rationale, reviewer, ...r }) => ({
        ...r,
        reviewer: reviewer.name,
        rationale: rationale ? plainText(rationale as unknown as RichTextNode) : null,
      })),
      citations: claim.citations.map((c) => ({ ...c, csl: c.csl as CslItem, ...referenceOf.get(c.id)! })),
      comments: claim.comments.map((c) => ({
        id: c.id,
        parentId: c.parentId,
        author: c.author?.name ?? "A former user",
        text: c.bodyText,
        createdAt: c.createdAt,
      })),
    })),
  };
}
export type AnnotatedDocument = Awaited<ReturnType<typeof buildAnnotatedDocument>>;
export type AnnotatedClaim = AnnotatedDocument["claims"][number];
