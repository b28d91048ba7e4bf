import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { type DocumentSummary, documentSummarySelect } from "@/lib/documents/document-dto";

/** The documents an editor assigned to the actor for review, most recently changed first. */
export async function listAssignedDocuments(actor: Actor): Promise<DocumentSummary[]> {
  authorize(actor, "reviews.write");
  return db.document.findMany({
    where: { assignments: { some: { reviewerId: actor!.id } } },
    select: documentSummarySelect,
    orderBy: { updatedAt: "desc" },
    take: 200,
  });
}
