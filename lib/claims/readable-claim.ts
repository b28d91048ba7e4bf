import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { readableDocuments } from "@/lib/documents/visibility";
import { notFound } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A live claim in a document the actor may read, or NOT_FOUND (also for claims the actor may not see). */
export async function readableClaim(actor: Actor, claimId: string, tx: Prisma.TransactionClient = db) {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, deletedAt: null, document: readableDocuments(actor) },
    select: { id: true, documentId: true, exact: true },
  });
  if (!claim) throw notFound("That claim");
  return claim;
}
