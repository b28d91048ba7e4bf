import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { type CslItem, formatReferences } from "@/lib/citations/csl";
import { codePointOffsets } from "@/lib/claims/code-points";
import { db } from "@/lib/db/client";
import { documentSummarySelect } from "@/lib/documents/document-dto";
import { readableDocuments } from "@/lib/documents/visibility";
import { notFound } from "@/lib/errors/app-error";
import type { Concern } from "@/lib/generated/prisma/enums";
import { gradeFieldsSelect, type SubmittedGrade, summariseGrades } from "@/lib/reading/grade-summary";
import { DOMAINS, type Domain, UPGRADES } from "@/lib/reviews/schemas";
import { plainText } from "@/lib/rich-text/plain-text";
import type { RichTextDoc, RichTextNode } from "@/lib/rich-text/types";
import { type RichParagraph, richParagraphs } from "./rich-paragraphs";

/**
 * Everything an export shows, built by one query (DESIGN.md rule 7): the document, its current body, and per claim
 * its selectors, tier, decision, submitted grades, citations and discussion. Every format module is a pure
 * function of this.
 *
 * What a reviewer wrote (their name, grade, GRADE domains and rationale) is in `reviews` only once the editor's
 * decision on that claim is published (the document is published with the decision), the rule the reading page
 * follows too; before that an export shows the reviewers' median only.
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
          tier: true,
          suggestedTier: true,
          suggestionCues: true,
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
  const toCodePoints = codePointOffsets(currentRevision.plainText);
  const published = meta.status === "PUBLISHED";
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
      /** The span in Unicode code points, what W3C TextPositionSelectors count. */
      codePoints: { start: toCodePoints(claim.start), end: toCodePoints(claim.end) },
      section: claim.section,
      tier: claim.decision?.tier ?? claim.tier,
      suggestedTier: claim.suggestedTier,
      cues: claim.suggestionCues as string[],
      decision: claim.decision && {
        tier: claim.decision.tier,
        certainty: claim.decision.certainty,
        note: claim.decision.note ? plainText(claim.decision.note as unknown as RichTextNode) : null,
        noteParagraphs: richParagraphs(claim.decision.note as unknown as RichTextNode | null),
        editor: claim.decision.editor?.name ?? "The editor",
        decidedAt: claim.decision.updatedAt,
        published,
      },
      grades: summariseGrades(claim.reviews),
      reviews: published && claim.decision ? claim.reviews.map(publishedReview) : [],
      citations: claim.citations.map((c) => ({ ...c, csl: c.csl as CslItem, ...referenceOf.get(c.id)! })),
      comments: threadOrder(
        claim.comments.map((c) => ({
          id: c.id,
          parentId: c.parentId,
          author: c.author?.name ?? "A former user",
          text: c.bodyText,
          paragraphs: richParagraphs(c.body as unknown as RichTextNode),
          createdAt: c.createdAt,
        })),
      ),
    })),
  };
}
export type AnnotatedDocument = Awaited<ReturnType<typeof buildAnnotatedDocument>>;
export type AnnotatedClaim = AnnotatedDocument["claims"][number];

function publishedReview(review: {
  certainty: SubmittedGrade["certainty"];
  tierOpinion: SubmittedGrade["tierOpinion"];
  riskOfBias: Concern | null;
  inconsistency: Concern | null;
  indirectness: Concern | null;
  imprecision: Concern | null;
  publicationBias: Concern | null;
  largeEffect: boolean;
  doseResponse: boolean;
  plausibleConfounding: boolean;
  rationale: unknown;
  submittedAt: Date | null;
  reviewer: { name: string };
}) {
  return {
    reviewer: review.reviewer.name,
    submittedAt: review.submittedAt,
    certainty: review.certainty,
    tierOpinion: review.tierOpinion,
    domains: Object.fromEntries(DOMAINS.map((d) => [d, review[d]])) as Record<Domain, Concern | null>,
    upgrades: UPGRADES.filter((u) => review[u]),
    rationale: richParagraphs(review.rationale as RichTextNode | null),
  };
}

interface ThreadComment {
  id: string;
  parentId: string | null;
  author: string;
  text: string;
  paragraphs: RichParagraph[];
  createdAt: Date;
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
    ordered.push({ ...c, parentId: depth === 0 ? null : c.parentId, depth });
    for (const reply of repliesTo.get(c.id) ?? []) visit(reply, depth + 1);
  };
  for (const c of comments) if (!c.parentId || !ids.has(c.parentId)) visit(c, 0);
  return ordered;
}
