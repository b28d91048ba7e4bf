import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { type DocumentSummary, documentSummarySelect } from "./document-dto";
import { NOT_ARCHIVED, readableDocuments } from "./visibility";

/** The documents an actor may read, archived ones aside (editors find those under "Archived"). */
export async function listDocuments(actor: Actor): Promise<DocumentSummary[]> {
  authorize(actor, "documents.read");
  return db.document.findMany({
    where: { AND: [readableDocuments(actor), NOT_ARCHIVED] },
    select: documentSummarySelect,
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }],
    take: 200,
  });
}

/** Archived documents, most recently archived first: editors only. */
export async function listArchivedDocuments(actor: Actor): Promise<DocumentSummary[]> {
  authorize(actor, "documents.archive");
  return db.document.findMany({
    where: { AND: [readableDocuments(actor), { archivedAt: { not: null } }] },
    select: documentSummarySelect,
    orderBy: { archivedAt: "desc" },
    take: 200,
  });
}
