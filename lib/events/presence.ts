import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { readableDocuments } from "@/lib/documents/visibility";
import { notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/parse";
import { publish } from "./bus";
import { presenceSchema } from "./schemas";

/**
 * Tells the others on the document that the caller has a claim open (or has left it). Nothing is stored: browsers
 * repeat it while the claim stays open and forget a person they stop hearing from.
 */
export async function announcePresence(actor: Actor, input: unknown): Promise<void> {
  authorize(actor, "presence.write");
  const data = parseInput(presenceSchema, input);
  const claim = await db.claim.findFirst({
    where: { id: data.claimId, documentId: data.documentId, deletedAt: null, document: readableDocuments(actor) },
    select: { id: true },
  });
  const user = await db.user.findUnique({ where: { id: actor!.id }, select: { name: true } });
  if (!claim || !user) throw notFound("That claim");
  await publish({
    type: "presence",
    documentId: data.documentId,
    claimId: data.claimId,
    userId: actor!.id,
    name: user.name,
    state: data.state,
  });
}
