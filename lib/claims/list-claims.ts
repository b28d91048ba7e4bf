import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { documentMemo } from "@/lib/cache/document-memo";
import { db } from "@/lib/db/client";
import { readableDocuments } from "@/lib/documents/visibility";
import { notFound } from "@/lib/errors/app-error";
import { type ClaimDto, claimSelect } from "./claim-dto";
import { toClaimDtos } from "./claim-dtos";

/** The claims of a document the actor may read, in document order (orphaned claims last). */
export async function listClaims(actor: Actor, documentId: string): Promise<ClaimDto[]> {
  authorize(actor, "documents.read");
  const document = await db.document.findFirst({
    where: { AND: [{ id: documentId }, readableDocuments(actor)] },
    select: { id: true },
  });
  if (!document) throw notFound("That document");
  return claimsOf(documentId, async () =>
    toClaimDtos(
      db,
      await db.claim.findMany({
        where: { documentId, deletedAt: null },
        select: claimSelect,
        orderBy: { position: "asc" },
      }),
    ),
  );
}

const claimsOf = documentMemo<ClaimDto[]>();
