import "server-only";
import { documentAgreement } from "@/lib/agreement/document-agreement";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Certainty, ClaimTier } from "@/lib/generated/prisma/enums";
import {
  type ClaimCountsRow,
  claimCountsQuery,
  LIVE_CLAIMS,
  type ProgressRow,
  progressQuery,
} from "@/lib/reviews/progress";

/**
 * The editor's overview: the 200 most recently changed documents by status with their reviewers' progress (claims
 * graded and submitted out of all), agreement, contested and undecided claims. Postgres counts, for the documents
 * shown only; the grades themselves are read only where agreement needs them (claims with two or more submitted).
 */
export async function getDashboard(actor: Actor) {
  authorize(actor, "assignments.manage");
  const [documents, people] = await Promise.all([
    db.document.findMany({
      // Archived documents are out of the editorial work; the home page lists them under "Archived".
      where: { archivedAt: null },
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        visibility: true,
        version: true,
        assignments: { select: { reviewer: { select: { id: true, name: true } } } },
      },
      orderBy: { updatedAt: "desc" },
      take: 200,
    }),
    db.user.findMany({
      where: { disabled: false, role: { in: ["REVIEWER", "EDITOR", "ADMIN"] } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const sql = dashboardQueries(documents.map((d) => d.id));
  const [counts, progress, grades] = await Promise.all([
    db.$queryRaw<ClaimCountsRow[]>(sql.counts),
    db.$queryRaw<ProgressRow[]>(sql.progress),
    db.$queryRaw<{ documentId: string; claimId: string; certainty: Certainty | null; tierOpinion: ClaimTier | null }[]>(
      sql.grades,
    ),
  ]);
  const countOf = new Map(counts.map((c) => [c.documentId, c]));
  const submittedBy = new Map(progress.map((p) => [`${p.documentId} ${p.reviewerId}`, p.submitted]));
  const gradesOf = new Map<string, Map<string, typeof grades>>();
  for (const grade of grades) {
    const claims = gradesOf.get(grade.documentId) ?? new Map<string, typeof grades>();
    claims.set(grade.claimId, [...(claims.get(grade.claimId) ?? []), grade]);
    gradesOf.set(grade.documentId, claims);
  }
  const rows = documents.map((document) => {
    const agreement = documentAgreement(
      [...(gradesOf.get(document.id) ?? new Map<string, typeof grades>())].map(([claimId, g]) => ({
        claimId,
        grades: g,
      })),
    );
    const { assignments, ...rest } = document;
    return {
      ...rest,
      claims: countOf.get(document.id)?.claims ?? 0,
      decided: countOf.get(document.id)?.decided ?? 0,
      contested: agreement.contested.length,
      certaintyAlpha: agreement.certaintyAlpha,
      tierAlpha: agreement.tierAlpha,
      reviewers: assignments.map(({ reviewer }) => ({
        ...reviewer,
        submitted: submittedBy.get(`${document.id} ${reviewer.id}`) ?? 0,
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

/**
 * The dashboard's statements for the documents `ids`, on their own so the scale benchmark can EXPLAIN exactly what
 * runs, over the live claims and with the progress of lib/reviews/progress.ts.
 */
export function dashboardQueries(ids: string[]) {
  const live = LIVE_CLAIMS;
  return {
    counts: claimCountsQuery(ids),
    progress: progressQuery(ids),
    grades: Prisma.sql`
      SELECT g."documentId", g."claimId", g.certainty, g."tierOpinion" FROM (
        SELECT d.id AS "documentId", r."claimId", r.certainty, r."tierOpinion",
               count(*) OVER (PARTITION BY r."claimId") AS graders ${live}
        JOIN "Review" r ON r."claimId" = c.id AND r.status = 'SUBMITTED'
        WHERE d.id = ANY(${ids})
      ) g
      WHERE g.graders > 1`,
  };
}
