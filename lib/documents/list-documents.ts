import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { type DocumentSummary, documentSummarySelect } from "./document-dto";
import { readableDocuments } from "./visibility";

export async function listDocuments(actor: Actor): Promise<DocumentSummary[]> {
  authorize(actor, "documents.read");
  return db.document.findMany({
    where: readableDocuments(actor),
    select: documentSummarySelect,
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }],
    take: 200,
  });
}
