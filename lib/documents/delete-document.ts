import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { invalidateOnCommit } from "@/lib/cache/invalidate";
import { transaction } from "@/lib/db/transaction";
import { AppError, notFound } from "@/lib/errors/app-error";
import { buildBackup } from "@/lib/exports/backup";
import { parseInput } from "@/lib/validation/parse";
import { writeBackupFile } from "./backup-file";
import { deleteDocumentSchema } from "./schemas";

/**
 * Deletes a document for good, once its title has been typed again: first its complete backup is written to the
 * backup directory (lib/documents/backup-file.ts; `npm run restore <file>` brings it back), then its rows go, all in
 * one transaction, so a backup that cannot be written deletes nothing. The deletion is audited (audit events name
 * the document by id and outlive it) and its cached pages are dropped.
 */
export async function deleteDocument(actor: Actor, input: unknown) {
  authorize(actor, "documents.delete");
  const data = parseInput(deleteDocumentSchema, input);
  return transaction(
    async (tx) => {
      const document = await tx.document.findUnique({
        where: { id: data.documentId },
        select: { id: true, slug: true, title: true },
      });
      if (!document) throw notFound("That document");
      if (data.title !== document.title.trim())
        throw new AppError("INVALID", "The title typed does not match the document's title: nothing was deleted.");
      // The document's and its claims' rows are locked, so nothing added between the backup and the deletion (a
      // revision, a claim, a review or comment on a claim) can be lost without being in the backup.
      await tx.$queryRaw`SELECT 1 FROM "Document" WHERE id = ${document.id} FOR UPDATE`;
      await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE "documentId" = ${document.id} FOR UPDATE`;
      const backup = await writeBackupFile(await buildBackup(tx, document.id), document.slug);
      await tx.document.delete({ where: { id: document.id } });
      await recordAudit(tx, {
        actorId: actor!.id,
        action: "documents.delete",
        entityType: "Document",
        entityId: document.id,
        documentId: document.id,
        before: { slug: document.slug, title: document.title },
        after: { backup: backup.fileName },
      });
      invalidateOnCommit(document.id, { what: "status" });
      return { id: document.id, slug: document.slug, backupFile: backup.fileName };
    },
    { timeout: 60_000 },
  );
}
