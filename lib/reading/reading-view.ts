import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { summariseCritique } from "@/lib/critique/critique";
import { db } from "@/lib/db/client";
import { documentSummarySelect } from "@/lib/documents/document-dto";
import { readableDocuments } from "@/lib/documents/visibility";
import { notFound } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Certainty, ClaimTier } from "@/lib/generated/prisma/enums";
import { LIVE_CLAIMS } from "@/lib/reviews/progress";
import { applyClaimMarks } from "@/lib/rich-text/apply-claim-marks";
import { renderDocumentBody } from "@/lib/rich-text/render";
import type { RichTextNode } from "@/lib/rich-text/types";
import { gradeFieldsSelect } from "./grade-summary";

const group = <T extends { claimId: string }>(rows: T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.claimId, [...(map.get(row.claimId) ?? []), row]);
  return map;
};

/**
 * A document as readers see it: the body with every claim marked, and per claim the one-line summary of its
 * critique (lib/critique: decided tier and certainty, citation and comment counts). The critique itself loads when
 * a reader opens it (lib/reading/claim-critique.ts), so the page grows with the text, not with the reviews.
 * A handful of queries for the whole document, whatever its number of claims; drafts never appear. The body comes
 * as HTML for its first part only (`bodyHtml`; `restBlocks` blocks follow, from getReadingRest).
 */
export async function getReadingView(actor: Actor, slug: string) {
  const { body, ...view } = await markedDocument(actor, { slug });
  const [first, rest] = splitFirstPart(body);
  return { ...view, bodyHtml: renderDocumentBody(first), restBlocks: rest.length };
}
export type ReadingView = Awaited<ReturnType<typeof getReadingView>>;
export type CritiqueSummaryView = ReadingView["critiques"][number];

/**
 * The article after its first part (see splitFirstPart), marked like the page's: what the reading page loads as the
 * reader scrolls towards it, follows a deep link into it, searches the page or filters the claims.
 */
export async function getReadingRest(actor: Actor, documentId: string): Promise<{ html: string }> {
  const { body } = await markedDocument(actor, { id: documentId });
  const [, rest] = splitFirstPart(body);
  return { html: rest.length > 0 ? renderDocumentBody({ type: "doc", content: rest }) : "" };
}

/**
 * Claims the page itself carries. A 2,000-claim article is 600 KB of marked HTML, twice over in the page (the
 * markup and React's payload), and rendering and sanitising it is most of the page's time: the page carries the
 * top-level blocks holding the first FIRST_PART_CLAIMS claims (the seed's whole text) and the rest follows.
 */
const FIRST_PART_CLAIMS = 100;

/** The body's top-level blocks split after the one where the FIRST_PART_CLAIMS-th claim starts. */
function splitFirstPart(body: RichTextNode): [RichTextNode, RichTextNode[]] {
  const blocks = body.content ?? [];
  let claims = 0;
  let cut = blocks.length;
  for (let i = 0; i < blocks.length && cut === blocks.length; i++) {
    claims += countAnchors(blocks[i]!);
    if (claims >= FIRST_PART_CLAIMS && i < blocks.length - 1) cut = i + 1;
  }
  return [{ ...body, content: blocks.slice(0, cut) }, blocks.slice(cut)];
}

/** Claims starting in a block: their first marked piece (applyClaimMarks sets `anchor` on it). */
function countAnchors(node: RichTextNode): number {
  const own = node.marks?.some((m) => m.type === "claim" && m.attrs?.anchor) ? 1 : 0;
  return (node.content ?? []).reduce((n, child) => n + countAnchors(child), own);
}

async function markedDocument(actor: Actor, which: { slug: string } | { id: string }) {
  authorize(actor, "documents.read");
  const document = await db.document.findFirst({
    where: { AND: [which, readableDocuments(actor)] },
    select: { ...documentSummarySelect, currentRevision: { select: { id: true, number: true, body: true } } },
  });
  if (!document?.currentRevision) throw notFound("That document");
  const { currentRevision, ...summary } = document;
  // Everything below hangs off the current revision: joined on it rather than listing 2,000 claim ids, and fetched
  // in one round of parallel queries.
  const live = { revisionId: currentRevision.id, deletedAt: null, anchorStatus: { not: "ORPHANED" as const } };
  const [claims, decisions, reviews, citations, comments] = await Promise.all([
    db.claim.findMany({
      where: live,
      select: {
        id: true,
        start: true,
        end: true,
        section: true,
        tier: true,
        tierSource: true,
        suggestedTier: true,
        suggestionConfidence: true,
      },
      orderBy: { position: "asc" },
    }),
    // Each claim's decision by its unique index: a join (what Prisma writes for `{ claim: live }`) is planned as a
    // hash join over every decision of the installation; the LATERAL subquery keeps it to the document's claims.
    db.$queryRaw<{ claimId: string; tier: ClaimTier | null; certainty: Certainty | null }[]>(Prisma.sql`
      SELECT c.id AS "claimId", x.tier, x.certainty ${LIVE_CLAIMS}
      CROSS JOIN LATERAL (SELECT x.tier, x.certainty FROM "Decision" x WHERE x."claimId" = c.id LIMIT 1) x
      WHERE d.id = ${document.id}`),
    db.review.findMany({
      where: { claim: live, status: "SUBMITTED" },
      select: { claimId: true, ...gradeFieldsSelect },
    }),
    db.citation.groupBy({ by: ["claimId"], where: { claim: live, deletedAt: null }, _count: true }),
    db.comment.groupBy({ by: ["claimId"], where: { claim: live, deletedAt: null }, _count: true }),
  ]);
  const decisionOf = new Map(decisions.map((d) => [d.claimId, d]));
  const reviewsOf = group(reviews);
  const citationCount = new Map(citations.map((c) => [c.claimId, c._count]));
  const commentCount = new Map(comments.map((c) => [c.claimId, c._count]));

  const critiques = claims.map((claim, index) => ({
    id: claim.id,
    number: index + 1,
    section: claim.section,
    ...summariseCritique({
      claim,
      decision: decisionOf.get(claim.id) ?? null,
      reviews: reviewsOf.get(claim.id) ?? [],
      citationCount: citationCount.get(claim.id) ?? 0,
      documentPublished: summary.status === "PUBLISHED",
    }),
    // The discussion is loaded when a reader opens the critique (components/reading/discussion.tsx): a page
    // embedding every comment grows with the discussion, not with the document.
    comments: commentCount.get(claim.id) ?? 0,
  }));

  return {
    ...summary,
    revisionNumber: currentRevision.number,
    body: applyClaimMarks(
      currentRevision.body as unknown as RichTextNode,
      critiques.map((c, i) => ({
        id: c.id,
        start: claims[i]!.start,
        end: claims[i]!.end,
        tier: c.tier,
        certainty: c.certainty,
        contested: c.contested,
        suggestedTier: c.suggestedTier,
        decided: c.decided,
        citations: c.citationCount,
        comments: c.comments,
      })),
      { interactive: true },
    ),
    critiques,
  };
}
