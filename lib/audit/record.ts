import "server-only";
import type { Action } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditEntry {
  actorId: string | null;
  action: Action;
  entityType: string;
  entityId: string;
  documentId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

/**
 * Records who changed what, inside the caller's transaction so the event and the change commit together. Auditing
 * drops no cache: a change readers can see also calls invalidateOnCommit (lib/cache/invalidate.ts).
 */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: { ...entry, documentId: entry.documentId ?? null } });
}

/** recordAudit for a module that audits many changes to one kind of entity: (tx, actor, action, id, document, before, after). */
export function entityAudit(entityType: string) {
  return (
    tx: Prisma.TransactionClient,
    actor: Actor,
    action: Action,
    entityId: string,
    documentId: string,
    before: unknown,
    after: unknown,
  ) =>
    recordAudit(tx, {
      actorId: actor?.id ?? null,
      action,
      entityType,
      entityId,
      documentId,
      before: before as Prisma.InputJsonValue,
      after: after as Prisma.InputJsonValue,
    });
}
