import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { invalidateOnCommit } from "@/lib/cache/invalidate";
import { transaction } from "@/lib/db/transaction";
import { atVersion, updateAtVersion } from "@/lib/db/versioned-update";
import { publishSchema, setStatusSchema } from "@/lib/decisions/schemas";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyPublication } from "@/lib/notifications/events";
import { parseInput } from "@/lib/validation/parse";

const CHANGED = "The document was changed since you opened it. Reload and try again.";
const documentSelect = { id: true, status: true, version: true, currentRevisionId: true } as const;

async function documentAt(tx: Prisma.TransactionClient, documentId: string, version: number) {
  const document = await tx.document.findUnique({ where: { id: documentId }, select: documentSelect });
  if (!document) throw notFound("That document");
  return atVersion(document, version, CHANGED);
}

/**
 * Publishes a document. Every live claim needs an editorial decision, or the editor gives a reason to publish
 * without them (audited); readers see decisions, never drafts. This is the only way a document becomes published;
 * `actor` "system" is the demo seed.
 */
export async function publishDocument(actor: Actor | "system", input: unknown) {
  if (actor !== "system") authorize(actor, "documents.publish");
  const data = parseInput(publishSchema, input);
  return transaction(async (tx) => {
    const document = await documentAt(tx, data.documentId, data.version);
    const undecided = await tx.claim.findMany({
      where: {
        revisionId: document.currentRevisionId ?? "",
        deletedAt: null,
        anchorStatus: { not: "ORPHANED" },
        decision: null,
      },
      select: { id: true },
    });
    if (undecided.length > 0 && !data.overrideReason) {
      throw new AppError(
        "INVALID",
        `${undecided.length} claim${undecided.length === 1 ? " has" : "s have"} no decision yet. Decide them, or publish with a reason.`,
        { undecided: undecided.map((c) => c.id) },
      );
    }
    await updateAtVersion(
      () =>
        tx.document.updateMany({
          where: { id: document.id, version: data.version },
          data: { status: "PUBLISHED", publishedAt: new Date(), version: { increment: 1 } },
        }),
      CHANGED,
      () => tx.document.findUnique({ where: { id: document.id }, select: documentSelect }),
    );
    await recordAudit(tx, {
      actorId: actor === "system" ? null : actor!.id,
      action: "documents.publish",
      entityType: "Document",
      entityId: document.id,
      documentId: document.id,
      before: { status: document.status },
      after: { status: "PUBLISHED", undecided: undecided.length, overrideReason: data.overrideReason ?? null },
    });
    invalidateOnCommit(document.id, { what: "status" });
    if (actor !== "system") await notifyPublication(tx, actor, document.id);
    return { status: "PUBLISHED" as const, undecided: undecided.length };
  });
}

/**
 * Moves a document between draft and review. A published document put back in review stays readable (its
 * `publishedAt` is kept, lib/documents/visibility.ts) until it is published again; taken back to draft, it is
 * unpublished and a later review round does not make it readable again.
 */
export async function setDocumentStatus(actor: Actor, input: unknown) {
  authorize(actor, "documents.update");
  const data = parseInput(setStatusSchema, input);
  return transaction(async (tx) => {
    const document = await documentAt(tx, data.documentId, data.version);
    await updateAtVersion(
      () =>
        tx.document.updateMany({
          where: { id: document.id, version: data.version },
          data: {
            status: data.status,
            ...(data.status === "DRAFT" ? { publishedAt: null } : {}),
            version: { increment: 1 },
          },
        }),
      CHANGED,
      () => tx.document.findUnique({ where: { id: document.id }, select: documentSelect }),
    );
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "documents.update",
      entityType: "Document",
      entityId: document.id,
      documentId: document.id,
      before: { status: document.status },
      after: { status: data.status },
    });
    invalidateOnCommit(document.id, { what: "status" });
    return { status: data.status };
  });
}
