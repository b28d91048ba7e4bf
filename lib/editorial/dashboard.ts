import "server-only";
import { documentAgreement } from "@/lib/agreement/document-agreement";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";

/**
 * The editor's overview: every document by status with its reviewers' progress (claims graded and submitted out of
 * all), agreement, contested and undecided claims. A few queries for all documents together.
 */
export async function getDashboard(actor: Actor) {
  authorize(actor, "assignments.manage");
  const [documents, claims, reviews, people] = await Promise.all([
    db.document.findMany({
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        visibility: true,
        version: true,
        currentRevisionId: true,
        assignments: { select: { reviewer: { select: { id: true, name: true } } } },
      },
      orderBy: { updatedAt: "desc" },
      take: 200,
    }),
    db.claim.findMany({
      where: { deletedAt: null, anchorStatus: { not: "ORPHANED" } },
      select: { id: true, documentId: true, revisionId: true, decision: { select: { id: true } } },
    }),
    db.review.findMany({
      where: { status: "SUBMITTED", claim: { deletedAt: null } },
      select: { claimId: true, reviewerId: true, certainty: true, tierOpinion: true },
    }),
    db.user.findMany({
      where: { disabled: false, role: { in: ["REVIEWER", "EDITOR", "ADMIN"] } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const rows = documents.map((document) => {
    const live = claims.filter((c) => c.documentId === document.id && c.revisionId === document.currentRevisionId);
    const ids = new Set(live.map((c) => c.id));
    const submitted = reviews.filter((r) => ids.has(r.claimId));
    const agreement = documentAgreement(
      live.map((c) => ({ claimId: c.id, grades: submitted.filter((r) => r.claimId === c.id) })),
    );
    return {
      ...document,
      claims: live.length,
      decided: live.filter((c) => c.decision).length,
      contested: agreement.contested.length,
      certaintyAlpha: agreement.certaintyAlpha,
      tierAlpha: agreement.tierAlpha,
      reviewers: document.assignments.map(({ reviewer }) => ({
        ...reviewer,
        submitted: new Set(submitted.filter((r) => r.reviewerId === reviewer.id).map((r) => r.claimId)).size,
      })),
    };
  });
  const waiting = rows.filter(
    (d) =>
      d.status === "IN_REVIEW" &&
      d.reviewers.length > 0 &&
      d.reviewers.every((r) => r.submitted === d.claims) &&
      d.decided < d.claims,
  );
  return { documents: rows, waiting, people };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
