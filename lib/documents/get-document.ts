import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { applyClaimMarks } from "@/lib/rich-text/apply-claim-marks";
import { renderDocumentBody } from "@/lib/rich-text/render";
import type { RichTextNode } from "@/lib/rich-text/types";
import { type DocumentView, documentSummarySelect } from "./document-dto";
import { readableDocuments } from "./visibility";

/** A document the actor may read, its current revision rendered with its claims; NOT_FOUND for unseen ones too. */
export async function getDocumentBySlug(actor: Actor, slug: string): Promise<DocumentView> {
  authorize(actor, "documents.read");
  const document = await db.document.findFirst({
    where: { AND: [{ slug }, readableDocuments(actor)] },
    select: { ...documentSummarySelect, currentRevision: { select: { id: true, number: true, body: true } } },
  });
  if (!document?.currentRevision) throw notFound("That document");
  const { currentRevision, ...summary } = document;
  const claims = await db.claim.findMany({
    where: { revisionId: currentRevision.id, deletedAt: null, anchorStatus: { not: "ORPHANED" } },
    select: { id: true, start: true, end: true, tier: true },
    orderBy: { position: "asc" },
  });
  const tierCounts: DocumentView["tierCounts"] = { PRECLINICAL: 0, EARLY_HUMAN_TRIAL: 0, SPECULATIVE: 0, NONE: 0 };
  for (const claim of claims) tierCounts[claim.tier ?? "NONE"]++;
  return {
    ...summary,
    revisionNumber: currentRevision.number,
    tierCounts,
    bodyHtml: renderDocumentBody(applyClaimMarks(currentRevision.body as unknown as RichTextNode, claims)),
  };
}
