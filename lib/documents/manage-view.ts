import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { documentSummarySelect } from "./document-dto";
import { readableDocuments } from "./visibility";

/** What the document's management page shows an editor: archived or not, its version and current revision. */
export async function getManageView(actor: Actor, slug: string) {
  authorize(actor, "documents.archive");
  const document = await db.document.findFirst({
    where: { AND: [{ slug }, readableDocuments(actor)] },
    select: { ...documentSummarySelect, version: true, currentRevision: { select: { number: true } } },
  });
  if (!document) throw notFound("That document");
  const { currentRevision, ...rest } = document;
  return { ...rest, revisionNumber: currentRevision?.number ?? 0 };
}
export type ManageView = Awaited<ReturnType<typeof getManageView>>;
