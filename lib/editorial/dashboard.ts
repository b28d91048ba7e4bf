import "server-only";
import { documentAgreement } from "@/lib/agreement/document-agreement";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { dashboardQuerySchema } from "@/lib/decisions/schemas";
import { Prisma } from "@/lib/generated/prisma/client";
import { type Certainty, type ClaimTier, DocumentStatus } from "@/lib/generated/prisma/enums";
import {
  type ClaimCountsRow,
  claimCountsQuery,
  DONE_STATUS,
  LIVE_CLAIM,
  LIVE_CLAIMS,
  type ProgressRow,
  progressQuery,
} from "@/lib/reviews/progress";
import { parseInput } from "@/lib/validation/parse";

/** Documents on one page of the dashboard. */
export const DASHBOARD_PAGE_SIZE = 20;
/** Documents waiting for a decision that the dashboard lists; it says when there are more. */
export const WAITING_SHOWN = 20;

/**
 * The editor's overview, one page at a time: the documents most recently changed first (of one status, or all), with
 * their reviewers' progress (claims graded and submitted out of all), agreement, contested and undecided claims; the
 * number of documents of each status; and the documents waiting for a decision, across the whole installation.
 *
 * Its cost follows the page, not the installation: Postgres counts the live claims, decisions and submitted reviews
 * of the shown documents only, and the grades are read only where agreement needs them (claims with two or more
 * submitted). Per-document counters kept by the writes would make the counts free, but every write that changes a
 * document's live claims (re-anchoring on a new revision, orphaning, deleting, submitting, reopening, deciding,
 * assigning) would have to keep them right, and a counter that drifts shows editors wrong progress with nothing to
 * tell them so; counting a page's claims stays exact and costs tens of milliseconds at a million claims.
 */
export async function getDashboard(actor: Actor, input: unknown = {}) {
  authorize(actor, "assignments.manage");
  const query = parseInput(dashboardQuerySchema, input);
  // Archived documents are out of the editorial work; the home page lists them under "Archived".
  const where = { archivedAt: null, status: query.status };
  const [byStatus, waitingRows, people] = await Promise.all([
    db.document.groupBy({ by: ["status"], where: { archivedAt: null }, _count: true }),
    db.$queryRaw<{ id: string; slug: string; title: string }[]>(waitingQuery(WAITING_SHOWN + 1)),
    db.user.findMany({
      where: { disabled: false, role: { in: ["REVIEWER", "EDITOR", "ADMIN"] } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const totals = Object.fromEntries(
    Object.values(DocumentStatus).map((s) => [s, byStatus.find((g) => g.status === s)?._count ?? 0]),
  ) as Record<DocumentStatus, number>;
  const total = query.status ? totals[query.status] : Object.values(totals).reduce((a, b) => a + b, 0);
  const pages = Math.max(1, Math.ceil(total / DASHBOARD_PAGE_SIZE));
  // A page past the end (documents archived or moved on since the link was made) shows the last one.
  const page = Math.min(query.page, pages);
  const documents = await db.document.findMany({
    where,
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      visibility: true,
      version: true,
      assignments: { select: { reviewer: { select: { id: true, name: true } } } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * DASHBOARD_PAGE_SIZE,
    take: DASHBOARD_PAGE_SIZE,
  });
  const waiting = waitingRows.slice(0, WAITING_SHOWN);
  const sql = dashboardQueries(
    documents.map((d) => d.id),
    waiting.map((d) => d.id),
  );
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
  return {
    documents: rows,
    status: query.status ?? null,
    page,
    pages,
    total,
    totals,
    waiting: {
      documents: waiting.map((d) => ({
        ...d,
        undecided: (countOf.get(d.id)?.claims ?? 0) - (countOf.get(d.id)?.decided ?? 0),
      })),
      more: waitingRows.length > WAITING_SHOWN,
    },
    people,
  };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

/**
 * The dashboard's statements for the documents `ids` shown, on their own so the scale benchmark can EXPLAIN exactly
 * what runs, over the live claims and with the progress of lib/reviews/progress.ts. The `waiting` documents' claims
 * are counted with the page's: how many each has left to decide.
 */
export function dashboardQueries(ids: string[], waiting: string[]) {
  const live = LIVE_CLAIMS;
  return {
    counts: claimCountsQuery([...ids, ...waiting]),
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

/**
 * The first `limit` documents waiting for the editor, most recently changed first (as the dashboard lists them): in
 * review, with reviewers, none of whom has a live claim without a submitted grade, and live claims left to decide.
 * Each search for such a claim is a subquery that stops at its first row (`LIMIT 1`): a document still being graded
 * is ruled out at the first claim some reviewer has not done, and only a waiting document's claims are all read.
 * The cost follows the documents in review (and how far their grading has gone), not the claims of the installation.
 */
export function waitingQuery(limit: number) {
  const done = Prisma.raw(`'${DONE_STATUS}'`);
  return Prisma.sql`
    SELECT d.id, d.slug, d.title FROM "Document" d
    WHERE d.status = 'IN_REVIEW' AND d."archivedAt" IS NULL
      AND EXISTS (SELECT 1 FROM "Assignment" a WHERE a."documentId" = d.id)
      AND (SELECT true FROM "Claim" c
           WHERE ${LIVE_CLAIM} AND NOT EXISTS (SELECT 1 FROM "Decision" x WHERE x."claimId" = c.id) LIMIT 1) IS NOT NULL
      AND NOT EXISTS (
        SELECT 1 FROM "Assignment" a WHERE a."documentId" = d.id AND (
          SELECT true FROM "Claim" c WHERE ${LIVE_CLAIM} AND NOT EXISTS (
            SELECT 1 FROM "Review" r WHERE r."claimId" = c.id AND r."reviewerId" = a."reviewerId" AND r.status = ${done})
          LIMIT 1) IS NOT NULL)
    ORDER BY d."updatedAt" DESC, d.id
    LIMIT ${limit}`;
}
