import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { CslItem } from "@/lib/citations/csl";
import { formattedReferences } from "@/lib/citations/formatted-references";
import { codePointOffsets } from "@/lib/claims/code-points";
import { buildCritique } from "@/lib/critique/critique";
import { critiqueClaimSelect, critiqueSourceOf } from "@/lib/critique/critique-rows";
import { db } from "@/lib/db/client";
import { documentSummarySelect } from "@/lib/documents/document-dto";
import { readableDocuments } from "@/lib/documents/visibility";
import { notFound } from "@/lib/errors/app-error";
import { plainText } from "@/lib/rich-text/plain-text";
import type { RichTextDoc, RichTextNode } from "@/lib/rich-text/types";
import { type RichParagraph, richParagraphs } from "./rich-paragraphs";

/**
 * Everything an export shows, built by one query (DESIGN.md rule 7): the document, its current body, and per claim
 * its selectors, tier, decision, submitted grades, citations and discussion; then two look-ups by key (the stored
 * references, the discussion's authors). Every format module is a pure function of this. It is plain JSON data
 * (times as ISO 8601 strings): its JSON text is what keys the rendered files and what the export worker is sent.
 *
 * What readers are told of each claim comes from the one critique builder (lib/critique), as on the reading page:
 * the decided tier and certainty, and the reviewers' work (names, grades, GRADE domains, rationales, their median)
 * only once the editor's decision on that claim is published.
 */
export async function buildAnnotatedDocument(actor: Actor, documentId: string) {
  authorize(actor, "exports.read");
  const document = await db.document.findFirst({
    where: { AND: [{ id: documentId }, readableDocuments(actor)] },
    select: {
      ...documentSummarySelect,
      status: true,
      publishedAt: true,
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
          ...critiqueClaimSelect,
          comments: {
            where: { deletedAt: null },
            orderBy: { createdAt: "asc" },
            select: {
              id: true,
              parentId: true,
              body: true,
              createdAt: true,
              authorId: true,
            },
          },
        },
      },
    },
  });
  if (!document?.currentRevision) throw notFound("That document");
  const { currentRevision, claims, ...meta } = document;
  const live = claims.filter((c) => c.revisionId === currentRevision.id);
  // Every reference of the document, kept formatted by content (those never formatted in one citeproc pass). APA only:
  // it is the one style the formats print.
  const cited = live.flatMap((claim) => claim.citations);
  const apa = await formattedReferences(
    cited.map((c) => c.csl as CslItem),
    "apa",
  );
  const referenceOf = new Map(cited.map((c, i) => [c.id, { apa: apa[i]! }]));
  const authorOf = await commentAuthors(live.flatMap((claim) => claim.comments.map((c) => c.authorId)));
  const toCodePoints = codePointOffsets(currentRevision.plainText);
  const published = meta.status === "PUBLISHED";
  return {
    ...meta,
    publishedAt: meta.publishedAt?.toISOString() ?? null,
    archivedAt: meta.archivedAt?.toISOString() ?? null,
    updatedAt: meta.updatedAt.toISOString(),
    exportedAt: new Date().toISOString(),
    revision: {
      number: currentRevision.number,
      body: currentRevision.body as unknown as RichTextDoc,
      plainText: currentRevision.plainText,
    },
    claims: live.map((claim, i) => {
      const critique = buildCritique(critiqueSourceOf(claim, published));
      return {
        id: claim.id,
        number: i + 1,
        text: claim.exact,
        prefix: claim.prefix,
        suffix: claim.suffix,
        start: claim.start,
        end: claim.end,
        /** The span in Unicode code points, what W3C TextPositionSelectors count. */
        codePoints: { start: toCodePoints(claim.start), end: toCodePoints(claim.end) },
        section: claim.section,
        /** The tier readers are told (decided, or set by a person); a classifier's suggestion is `suggestedTier`. */
        tier: critique.tier,
        suggestedTier: critique.suggestedTier,
        decision: critique.decision && {
          ...critique.decision,
          decidedAt: critique.decision.decidedAt.toISOString(),
          editor: critique.decision.editor ?? "A former editor",
          note: critique.decision.note ? plainText(critique.decision.note) : null,
          noteParagraphs: richParagraphs(critique.decision.note),
          /** The decision is published (decided, document published): the reviewers' work is public with it. */
          published: critique.reviewsPublished,
        },
        /** The reviewers' grades summarised; null until their work is public. */
        grades: critique.grades,
        // No format prints the review's footnote marks (`downgrades`): the domains say the same.
        reviews: critique.reviews.map(({ downgrades: _, submittedAt, rationale, ...r }) => ({
          ...r,
          submittedAt: submittedAt?.toISOString() ?? null,
          rationale: richParagraphs(rationale),
        })),
        citations: critique.citations.map((c) => ({ ...c, ...referenceOf.get(c.id)! })),
        comments: threadOrder(
          claim.comments.map((c) => ({
            id: c.id,
            parentId: c.parentId,
            author: (c.authorId && authorOf.get(c.authorId)) ?? "A former user",
            paragraphs: richParagraphs(c.body as unknown as RichTextNode),
            createdAt: c.createdAt.toISOString(),
          })),
        ),
      };
    }),
  };
}

/**
 * The names of the discussion's authors, each looked up once: loaded as a nested relation, Prisma sent every
 * comment's author id (20,000 bind parameters, five distinct people on the benchmark's document) in three queries.
 */
async function commentAuthors(ids: (string | null)[]) {
  const distinct = [...new Set(ids)].filter((id): id is string => id !== null);
  const users = await db.user.findMany({ where: { id: { in: distinct } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

export type AnnotatedDocument = Awaited<ReturnType<typeof buildAnnotatedDocument>>;
export type AnnotatedClaim = AnnotatedDocument["claims"][number];

interface ThreadComment {
  id: string;
  parentId: string | null;
  author: string;
  paragraphs: RichParagraph[];
  createdAt: string;
}

/**
 * The discussion in reading order: each thread followed by its replies, with their depth; a reply whose parent was
 * deleted opens a thread of its own.
 */
function threadOrder(comments: ThreadComment[]) {
  const ids = new Set(comments.map((c) => c.id));
  const repliesTo = new Map<string, ThreadComment[]>();
  for (const c of comments)
    if (c.parentId && ids.has(c.parentId)) repliesTo.set(c.parentId, [...(repliesTo.get(c.parentId) ?? []), c]);
  const ordered: (ThreadComment & { depth: number; parentId: string | null })[] = [];
  const visit = (c: ThreadComment, depth: number) => {
    const { id, author, paragraphs, createdAt } = c;
    ordered.push({ id, parentId: depth === 0 ? null : c.parentId, author, paragraphs, createdAt, depth });
    for (const reply of repliesTo.get(c.id) ?? []) visit(reply, depth + 1);
  };
  for (const c of comments) if (!c.parentId || !ids.has(c.parentId)) visit(c, 0);
  return ordered;
}
