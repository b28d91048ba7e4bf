import "server-only";
import { authorize, can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { readableClaim } from "@/lib/claims/readable-claim";
import { db } from "@/lib/db/client";
import { visibleReviews } from "@/lib/reviews/visible-reviews";

/**
 * Every audited change to a claim and to the reviews, citations, comments and decision on it, newest first
 * (editors). Each entity is looked up by its type and id, so the audit index (entityType, entityId, createdAt) finds
 * the rows instead of a scan of the whole audit log.
 */
export async function claimHistory(actor: Actor, claimId: string) {
  authorize(actor, "history.read");
  const claim = await readableClaim(actor, claimId);
  const where = { where: { claimId: claim.id }, select: { id: true } };
  // Another reviewer's review changes carry their grades: editors see all of them, anyone else (should the policy
  // ever open history wider) only the reviews the independent grading rule shows them.
  const reviewWhere = can(actor, "reviews.readAll") ? {} : visibleReviews(actor);
  const [reviews, citations, comments, decisions] = await Promise.all([
    db.review.findMany({ where: { claimId: claim.id, ...reviewWhere }, select: { id: true } }),
    db.citation.findMany(where),
    db.comment.findMany(where),
    db.decision.findMany(where),
  ]);
  const ids = (rows: { id: string }[]) => ({ in: rows.map((r) => r.id) });
  return db.auditEvent.findMany({
    where: {
      OR: [
        { entityType: "Claim", entityId: claim.id },
        { entityType: "Review", entityId: ids(reviews) },
        { entityType: "Citation", entityId: ids(citations) },
        { entityType: "Comment", entityId: ids(comments) },
        { entityType: "Decision", entityId: ids(decisions) },
      ],
    },
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { id: true, name: true } },
    },
    orderBy: { createdAt: "desc" },
    take: 500,
  });
}
