import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { invalidateOnCommit } from "@/lib/cache/invalidate";
import { transaction } from "@/lib/db/transaction";
import { atVersion, updateAtVersion } from "@/lib/db/versioned-update";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/parse";
import { archiveDocumentSchema } from "./schemas";

const CHANGED = "The document was changed since you opened it. Reload and try again.";
const select = { id: true, slug: true, version: true, archivedAt: true } as const;

/**
 * Archives (`archived` true) or restores a document. Archived, it is kept with everything on it but readable only by
 * editors (lib/documents/visibility.ts): readers, search, the home page, exports and the claims API lose it, and its
 * cached reading page is dropped. Restoring gives it back exactly as it was (status and publication untouched).
 */
async function setArchived(actor: Actor, input: unknown, archived: boolean) {
  authorize(actor, "documents.archive");
  const data = parseInput(archiveDocumentSchema, input);
  return transaction(async (tx) => {
    const found = await tx.document.findUnique({ where: { id: data.documentId }, select });
    if (!found) throw notFound("That document");
    const document = await atVersion(found, data.version, CHANGED);
    if ((document.archivedAt !== null) === archived)
      throw new AppError(
        "CONFLICT",
        archived ? "This document is already archived." : "This document is not archived.",
        {
          current: document,
        },
      );
    const archivedAt = archived ? new Date() : null;
    await updateAtVersion(
      () =>
        tx.document.updateMany({
          where: { id: document.id, version: data.version },
          data: { archivedAt, version: { increment: 1 } },
        }),
      CHANGED,
      () => tx.document.findUnique({ where: { id: document.id }, select }),
    );
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "documents.archive",
      entityType: "Document",
      entityId: document.id,
      documentId: document.id,
      before: { archivedAt: document.archivedAt?.toISOString() ?? null },
      after: { archivedAt: archivedAt?.toISOString() ?? null },
    });
    invalidateOnCommit(document.id, { what: "status" });
    return { id: document.id, slug: document.slug, archivedAt, version: data.version + 1 };
  });
}

export const archiveDocument = (actor: Actor, input: unknown) => setArchived(actor, input, true);
export const restoreDocument = (actor: Actor, input: unknown) => setArchived(actor, input, false);
