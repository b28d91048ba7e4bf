import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { renderRichText } from "@/lib/rich-text/render";
import type { RichTextNode } from "@/lib/rich-text/types";
import { type DocumentView, documentSummarySelect } from "./document-dto";
import { readableDocuments } from "./visibility";

/** A document the actor may read, with its current revision rendered; NOT_FOUND for unseen ones too. */
export async function getDocumentBySlug(actor: Actor, slug: string): Promise<DocumentView> {
  authorize(actor, "documents.read");
  const document = await db.document.findFirst({
    where: { AND: [{ slug }, readableDocuments(actor)] },
    select: { ...documentSummarySelect, currentRevision: { select: { number: true, body: true } } },
  });
  if (!document?.currentRevision) throw notFound("That document");
  const { currentRevision, ...summary } = document;
  return {
    ...summary,
    revisionNumber: currentRevision.number,
    bodyHtml: renderRichText(currentRevision.body as unknown as RichTextNode),
  };
}
