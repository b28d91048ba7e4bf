import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { transaction } from "@/lib/db/transaction";
import { assignmentSchema } from "@/lib/decisions/schemas";
import { AppError, notFound } from "@/lib/errors/app-error";
import { notifyAssignment } from "@/lib/notifications/events";
import { parseInput } from "@/lib/validation/parse";

/** Assigns a reviewer to a document: they can then see it before it is published, and it counts in progress. */
export async function assignReviewer(actor: Actor, input: unknown) {
  authorize(actor, "assignments.manage");
  const data = parseInput(assignmentSchema, input);
  return transaction(async (tx) => {
    // One after the other: a transaction is one connection, which runs one query at a time.
    const document = await tx.document.findUnique({ where: { id: data.documentId }, select: { id: true } });
    const reviewer = await tx.user.findUnique({
      where: { id: data.reviewerId },
      select: { id: true, role: true, disabled: true },
    });
    if (!document) throw notFound("That document");
    if (!reviewer || reviewer.disabled || reviewer.role === "READER") {
      throw new AppError("INVALID", "Only active reviewers, editors and admins can be assigned.");
    }
    const { count } = await tx.assignment.createMany({
      data: { documentId: document.id, reviewerId: reviewer.id, assignedById: actor!.id },
      skipDuplicates: true,
    });
    if (count > 0) await notifyAssignment(tx, actor, document.id, reviewer.id);
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "assignments.manage",
      entityType: "Assignment",
      entityId: `${document.id}:${reviewer.id}`,
      documentId: document.id,
      after: { reviewerId: reviewer.id, assigned: true },
    });
  });
}

export async function unassignReviewer(actor: Actor, input: unknown) {
  authorize(actor, "assignments.manage");
  const data = parseInput(assignmentSchema, input);
  return transaction(async (tx) => {
    await tx.assignment.deleteMany({ where: { documentId: data.documentId, reviewerId: data.reviewerId } });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "assignments.manage",
      entityType: "Assignment",
      entityId: `${data.documentId}:${data.reviewerId}`,
      documentId: data.documentId,
      after: { reviewerId: data.reviewerId, assigned: false },
    });
  });
}
