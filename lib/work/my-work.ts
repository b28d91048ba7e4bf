import "server-only";
import { authorize, can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  type ClaimCountsRow,
  claimCountsQuery,
  DONE_STATUS,
  LIVE_CLAIMS,
  type ProgressRow,
  progressQuery,
} from "@/lib/reviews/progress";

const SHOWN = 50;

async function progressOf(ids: string[]) {
  if (ids.length === 0) return { counts: new Map<string, ClaimCountsRow>(), done: new Map<string, number>() };
  const [counts, progress] = await Promise.all([
    db.$queryRaw<ClaimCountsRow[]>(claimCountsQuery(ids)),
    db.$queryRaw<ProgressRow[]>(progressQuery(ids)),
  ]);
  return {
    counts: new Map(counts.map((c) => [c.documentId, c])),
    done: new Map(progress.map((p) => [`${p.documentId} ${p.reviewerId}`, p.submitted])),
  };
}

/**
 * A reviewer's work: the unpublished documents assigned to them, each with their progress (claims submitted, as
 * lib/reviews/progress.ts defines it) and what waits (claims not yet submitted, unread replies and mentions).
 */
async function assignedWork(actor: NonNullable<Actor>) {
  const documents = await db.document.findMany({
    where: { status: { not: "PUBLISHED" }, assignments: { some: { reviewerId: actor.id } } },
    select: { id: true, slug: true, title: true, status: true },
    orderBy: { updatedAt: "desc" },
    take: SHOWN,
  });
  const ids = documents.map((d) => d.id);
  const [{ counts, done }, unread] = await Promise.all([
    progressOf(ids),
    db.notification.groupBy({
      by: ["documentId", "type"],
      where: { recipientId: actor.id, readAt: null, type: { in: ["REPLY", "MENTION"] }, documentId: { in: ids } },
      _count: { _all: true },
    }),
  ]);
  const unreadOf = (documentId: string, type: "REPLY" | "MENTION") =>
    unread.find((u) => u.documentId === documentId && u.type === type)?._count._all ?? 0;
  return documents.map((document) => {
    const claims = counts.get(document.id)?.claims ?? 0;
    const submitted = done.get(`${document.id} ${actor.id}`) ?? 0;
    return {
      ...document,
      claims,
      done: submitted,
      waiting: {
        ungraded: claims - submitted,
        replies: unreadOf(document.id, "REPLY"),
        mentions: unreadOf(document.id, "MENTION"),
      },
    };
  });
}

/**
 * What waits for an editor: documents in review with each assigned reviewer's progress, claims whose reviews are all
 * in (every assigned reviewer submitted, no draft left) but undecided, and drafts not yet sent to review.
 */
async function editorialWork() {
  const [inReview, drafts] = await Promise.all([
    db.document.findMany({
      where: { status: "IN_REVIEW" },
      select: {
        id: true,
        slug: true,
        title: true,
        assignments: { select: { reviewer: { select: { id: true, name: true } } } },
      },
      orderBy: { updatedAt: "desc" },
      take: SHOWN,
    }),
    db.document.findMany({
      where: { status: "DRAFT" },
      select: { id: true, slug: true, title: true },
      orderBy: { updatedAt: "desc" },
      take: SHOWN,
    }),
  ]);
  const ids = inReview.map((d) => d.id);
  const [{ counts, done }, draftCounts, awaiting] = await Promise.all([
    progressOf(ids),
    progressOf(drafts.map((d) => d.id)),
    db.$queryRaw<{ claimId: string; text: string; documentId: string; slug: string; title: string }[]>(Prisma.sql`
      SELECT c.id AS "claimId", c.exact AS text, d.id AS "documentId", d.slug, d.title ${LIVE_CLAIMS}
      WHERE d.id = ANY(${ids})
        AND NOT EXISTS (SELECT 1 FROM "Decision" x WHERE x."claimId" = c.id)
        AND EXISTS (SELECT 1 FROM "Review" r WHERE r."claimId" = c.id AND r.status = ${Prisma.raw(`'${DONE_STATUS}'`)})
        AND NOT EXISTS (SELECT 1 FROM "Review" r WHERE r."claimId" = c.id AND r.status <> ${Prisma.raw(`'${DONE_STATUS}'`)})
        AND NOT EXISTS (
          SELECT 1 FROM "Assignment" a WHERE a."documentId" = d.id AND NOT EXISTS (
            SELECT 1 FROM "Review" r WHERE r."claimId" = c.id AND r."reviewerId" = a."reviewerId"))
      ORDER BY d."updatedAt" DESC, c.position
      LIMIT ${SHOWN}`),
  ]);
  return {
    inReview: inReview.map(({ assignments, ...document }) => ({
      ...document,
      claims: counts.get(document.id)?.claims ?? 0,
      decided: counts.get(document.id)?.decided ?? 0,
      reviewers: assignments.map(({ reviewer }) => ({
        ...reviewer,
        done: done.get(`${document.id} ${reviewer.id}`) ?? 0,
      })),
    })),
    awaitingDecision: awaiting.map(({ documentId, slug, title, ...claim }) => ({
      ...claim,
      document: { id: documentId, slug, title },
    })),
    drafts: drafts.map((d) => ({ ...d, claims: draftCounts.counts.get(d.id)?.claims ?? 0 })),
  };
}

/** "My work" (`GET /api/v1/me/work`, the home page): what is the caller's to do. */
export async function getMyWork(actor: Actor) {
  authorize(actor, "work.read");
  const [assigned, editorial] = await Promise.all([
    assignedWork(actor!),
    can(actor, "assignments.manage") ? editorialWork() : null,
  ]);
  return { assigned, editorial };
}
export type MyWork = Awaited<ReturnType<typeof getMyWork>>;
