import "server-only";
import { z } from "zod";
import { AppError, notFound } from "@/lib/errors/app-error";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

export const BACKUP_FORMAT = "claimwise-backup";

const byId = { orderBy: { id: "asc" as const } };

/**
 * A complete backup of one document: every revision, claim (deleted and orphaned ones too), tier change, review
 * (drafts too), citation, comment with its edits, decision, assignment and audit event, and the people they name
 * (never password hashes). Rows come in a fixed order so that two backups of the same data are identical.
 */
export async function buildBackup(client: Prisma.TransactionClient, documentId: string) {
  const document = await client.document.findUnique({ where: { id: documentId } });
  if (!document) throw notFound("That document");
  const claimWhere = { claim: { documentId } };
  const [
    revisions,
    claims,
    tierChanges,
    reviews,
    citations,
    comments,
    commentEdits,
    decisions,
    assignments,
    auditEvents,
  ] = await Promise.all([
    client.revision.findMany({ where: { documentId }, ...byId }),
    client.claim.findMany({ where: { documentId }, ...byId }),
    client.claimTierChange.findMany({ where: claimWhere, ...byId }),
    client.review.findMany({ where: claimWhere, ...byId }),
    client.citation.findMany({ where: claimWhere, ...byId }),
    client.comment.findMany({ where: claimWhere, ...byId }),
    client.commentEdit.findMany({ where: { comment: claimWhere }, ...byId }),
    client.decision.findMany({ where: claimWhere, ...byId }),
    client.assignment.findMany({ where: { documentId }, orderBy: [{ documentId: "asc" }, { reviewerId: "asc" }] }),
    client.auditEvent.findMany({ where: { documentId }, ...byId }),
  ]);
  const userIds = new Set(
    [
      document.createdById,
      ...revisions.map((r) => r.createdById),
      ...tierChanges.map((t) => t.actorId),
      ...reviews.map((r) => r.reviewerId),
      ...citations.map((c) => c.addedById),
      ...comments.flatMap((c) => [c.authorId, c.resolvedById]),
      ...commentEdits.map((e) => e.editedById),
      ...decisions.map((d) => d.editorId),
      ...assignments.flatMap((a) => [a.reviewerId, a.assignedById]),
      ...auditEvents.map((e) => e.actorId),
    ].filter((id): id is string => Boolean(id)),
  );
  const users = await client.user.findMany({
    where: { id: { in: [...userIds] } },
    select: { id: true, email: true, name: true, role: true },
    ...byId,
  });
  return {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: new Date(),
    users,
    document,
    revisions,
    claims,
    tierChanges,
    reviews,
    citations,
    comments,
    commentEdits,
    decisions,
    assignments,
    auditEvents,
  };
}
export type Backup = Awaited<ReturnType<typeof buildBackup>>;

/**
 * A backup as the file `npm run restore` reads (the `json` export, and the copy written before a deletion). Compact:
 * a long document's backup is tens of megabytes, a third of them indentation when pretty-printed (`jq .` shows it
 * indented).
 */
export const backupText = (backup: Backup) => `${JSON.stringify(backup)}\n`;

const rows = z.array(z.record(z.string(), z.unknown()));
const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { message: "This is not a Claimwise backup." }),
  version: z.literal(1, { message: "This backup was written by a newer Claimwise; update first." }),
  users: z.array(z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.string() })),
  document: z.record(z.string(), z.unknown()).and(z.object({ id: z.string(), slug: z.string() })),
  revisions: rows,
  claims: rows,
  tierChanges: rows,
  reviews: rows,
  citations: rows,
  comments: rows,
  commentEdits: rows,
  decisions: rows,
  assignments: rows,
  auditEvents: rows,
});

/**
 * Restores a backup into a database that does not have the document yet, in one transaction. People are matched by
 * id; missing ones are created without a password (they sign in after an admin sets one).
 */
export async function restoreBackup(
  client: PrismaClient,
  input: unknown,
): Promise<{ documentId: string; slug: string }> {
  const parsed = backupSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "This is not a Claimwise backup.");
  const backup = parsed.data;
  // Rows are written back exactly as they were read from the same schema; a JSON column's null must be named.
  const as = (list: Record<string, unknown>[], jsonColumns: string[] = []) =>
    list.map((row) => {
      const copy = { ...row };
      for (const column of jsonColumns) if (copy[column] === null) copy[column] = Prisma.DbNull;
      return copy;
    }) as never[];
  return client.$transaction(
    async (tx) => {
      const clash = await tx.document.findFirst({
        where: { OR: [{ id: backup.document.id }, { slug: backup.document.slug }] },
      });
      if (clash)
        throw new AppError(
          "CONFLICT",
          `A document "${clash.slug}" already exists here; restore into a database without it.`,
        );
      for (const user of backup.users) {
        const existing = await tx.user.findFirst({ where: { OR: [{ id: user.id }, { email: user.email }] } });
        if (existing && existing.id !== user.id)
          throw new AppError("CONFLICT", `${user.email} exists here under another id.`);
        if (!existing) await tx.user.create({ data: { ...user, role: user.role as never, passwordHash: null } });
      }
      const { currentRevisionId, ...document } = backup.document as Record<string, unknown>;
      await tx.document.create({ data: document as never });
      await tx.revision.createMany({ data: as(backup.revisions) });
      // Raw, because Prisma stamps updatedAt itself: a restored document keeps the time of its last real change.
      await tx.$executeRaw`UPDATE "Document" SET "currentRevisionId" = ${currentRevisionId as string | null},
        "updatedAt" = ${new Date(document.updatedAt as string)} WHERE id = ${backup.document.id}`;
      await tx.claim.createMany({ data: as(backup.claims) });
      await tx.claimTierChange.createMany({ data: as(backup.tierChanges) });
      await tx.review.createMany({ data: as(backup.reviews, ["rationale"]) });
      await tx.citation.createMany({ data: as(backup.citations) });
      // Thread roots before their replies.
      await tx.comment.createMany({ data: as(backup.comments.filter((c) => !c.parentId)) });
      await tx.comment.createMany({ data: as(backup.comments.filter((c) => c.parentId)) });
      await tx.commentEdit.createMany({ data: as(backup.commentEdits) });
      await tx.decision.createMany({ data: as(backup.decisions, ["note"]) });
      await tx.assignment.createMany({ data: as(backup.assignments) });
      // Audit events outlive a deleted document (they name it by id only): restoring the backup written before a
      // deletion into the same database finds them still there, unchanged.
      await tx.auditEvent.createMany({ data: as(backup.auditEvents, ["before", "after"]), skipDuplicates: true });
      return { documentId: backup.document.id, slug: backup.document.slug };
    },
    { timeout: 120_000 },
  );
}
