import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { readableClaim } from "@/lib/claims/readable-claim";
import { db } from "@/lib/db/client";

/** Every audited change to a claim and to the reviews, citations and comments on it, newest first (editors). */
export async function claimHistory(actor: Actor, claimId: string) {
  authorize(actor, "history.read");
  const claim = await readableClaim(actor, claimId);
  const [reviews, citations, comments] = await Promise.all([
    db.review.findMany({ where: { claimId: claim.id }, select: { id: true } }),
    db.citation.findMany({ where: { claimId: claim.id }, select: { id: true } }),
    db.comment.findMany({ where: { claimId: claim.id }, select: { id: true } }),
  ]);
  const ids = [claim.id, ...reviews, ...citations, ...comments].map((x) => (typeof x === "string" ? x : x.id));
  return db.auditEvent.findMany({
    where: { entityId: { in: ids } },
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
