import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";

/**
 * The one definition of progress (the review page, the editorial dashboard and "my work" all use it): a claim is
 * done for a reviewer once their review of it is SUBMITTED. A draft is work in progress, not progress. The claims
 * that count are a document's live ones: those of its current revision, neither deleted nor orphaned.
 */
export const DONE_STATUS = "SUBMITTED" satisfies ReviewStatus;

export const isDone = (status: ReviewStatus | null | undefined): boolean => status === DONE_STATUS;

/** How many of `claimIds` the reviewer has done, given their reviews' status by claim id. */
export function doneCount(claimIds: string[], statusByClaim: Record<string, ReviewStatus>): number {
  return claimIds.filter((id) => isDone(statusByClaim[id])).length;
}

/**
 * Claim `c` is a live claim of document `d`: the partial index Claim_live_revisionId_idx holds exactly those, so they
 * are read from the index alone.
 */
export const LIVE_CLAIM = Prisma.sql`c."revisionId" = d."currentRevisionId" AND c."deletedAt" IS NULL AND c."anchorStatus" <> 'ORPHANED'`;

/** `FROM "Document" d JOIN "Claim" c` on a document's live claims. */
export const LIVE_CLAIMS = Prisma.sql`
    FROM "Document" d
    JOIN "Claim" c ON ${LIVE_CLAIM}`;

/** Claims done per (document, reviewer) for the documents `ids`: rows of { documentId, reviewerId, submitted }. */
export function progressQuery(ids: string[]) {
  return Prisma.sql`
      SELECT d.id AS "documentId", r."reviewerId", count(*)::int AS submitted ${LIVE_CLAIMS}
      JOIN "Review" r ON r."claimId" = c.id AND r.status = ${Prisma.raw(`'${DONE_STATUS}'`)}
      WHERE d.id = ANY(${ids})
      GROUP BY d.id, r."reviewerId"`;
}
export type ProgressRow = { documentId: string; reviewerId: string; submitted: number };

/**
 * Live claims and how many are decided, per document `ids`: rows of { documentId, claims, decided }. A decision is
 * looked up per claim (EXISTS, by its unique index), not joined: a join read every decision of the installation.
 */
export function claimCountsQuery(ids: string[]) {
  return Prisma.sql`
      SELECT d.id AS "documentId", count(*)::int AS claims,
             count(*) FILTER (WHERE EXISTS (SELECT FROM "Decision" x WHERE x."claimId" = c.id))::int AS decided
      ${LIVE_CLAIMS}
      WHERE d.id = ANY(${ids})
      GROUP BY d.id`;
}
export type ClaimCountsRow = { documentId: string; claims: number; decided: number };
