import "server-only";
import { claimHistory } from "@/lib/audit/claim-history";
import { authorize, can, othersGradesVisible } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { listCitations } from "@/lib/citations/citations";
import { type ClaimDto, claimSelect } from "@/lib/claims/claim-dto";
import { toClaimDtos } from "@/lib/claims/claim-dtos";
import { type WorkspaceBlock, workspaceBlocks } from "@/lib/claims/claim-workspace";
import { listComments } from "@/lib/comments/comments";
import { db } from "@/lib/db/client";
import { readableDocuments } from "@/lib/documents/visibility";
import { notFound } from "@/lib/errors/app-error";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import { startingLevel } from "./grade-rating";
import { doneCount } from "./progress";
import { listReviews } from "./reviews";

/** Everything a reviewer's workspace shows for one document and its selected claim (one round trip per claim). */
export async function getReviewWorkspace(actor: Actor, slug: string, claimId?: string) {
  authorize(actor, "reviews.write");
  const document = await db.document.findFirst({
    where: { AND: [{ slug }, readableDocuments(actor)] },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      currentRevision: { select: { id: true, number: true, body: true } },
    },
  });
  if (!document?.currentRevision) throw notFound("That document");
  const rows = await db.claim.findMany({
    where: { documentId: document.id, deletedAt: null, anchorStatus: { not: "ORPHANED" } },
    select: claimSelect,
    orderBy: { position: "asc" },
  });
  const claims: ClaimDto[] = await toClaimDtos(db, rows);
  const claim = claims.find((c) => c.id === claimId) ?? claims[0] ?? null;
  const [reviews, citations, threads, people, history, graded] = await Promise.all([
    claim ? listReviews(actor, claim.id) : [],
    claim ? listCitations(actor, claim.id) : [],
    claim ? listComments(actor, claim.id) : [],
    db.user.findMany({
      where: { disabled: false, role: { in: ["REVIEWER", "EDITOR", "ADMIN"] } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    claim && can(actor, "history.read") ? claimHistory(actor, claim.id) : null,
    db.review.findMany({
      where: { reviewerId: actor!.id, claim: { documentId: document.id } },
      select: { claimId: true, status: true },
    }),
  ]);
  const progress: Record<string, ReviewStatus> = Object.fromEntries(graded.map((g) => [g.claimId, g.status]));
  const myReview = reviews.find((r) => r.reviewer.id === actor!.id) ?? null;
  return {
    document: {
      id: document.id,
      slug: document.slug,
      title: document.title,
      revisionNumber: document.currentRevision.number,
    },
    blocks: workspaceBlocks(document.currentRevision.body) satisfies WorkspaceBlock[],
    claims,
    /** The actor's own progress: claim id -> their review's status, and how many claims are done (submitted). */
    progress,
    done: doneCount(
      claims.map((c) => c.id),
      progress,
    ),
    selected: claim && {
      claim,
      myReview,
      /** GRADE's starting level from the cited designs (null when none sets one), for the form's arithmetic. */
      start: startingLevel(citations.map((c) => c.studyDesign)),
      otherReviews: reviews.filter((r) => r.reviewer.id !== actor!.id),
      /** Independent grading holds others' grades back until the actor submits (lib/auth/policy.ts). */
      othersHidden: !othersGradesVisible(actor, {
        documentPublished: document.status === "PUBLISHED",
        ownSubmitted: myReview?.status === "SUBMITTED",
      }),
      citations,
      threads,
      history,
    },
    people,
    me: actor!.id,
  };
}
export type ReviewWorkspace = Awaited<ReturnType<typeof getReviewWorkspace>>;
