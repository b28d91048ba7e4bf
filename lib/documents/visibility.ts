import "server-only";
import { scopeFor } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The documents an actor may read, as a Prisma `where`: published public ones for everybody, published members-only
 * ones for signed-in users, unpublished ones for editors and for reviewers assigned to them.
 */
export function readableDocuments(actor: Actor): Prisma.DocumentWhereInput {
  const published: Prisma.DocumentWhereInput = actor
    ? { status: "PUBLISHED" }
    : { status: "PUBLISHED", visibility: "PUBLIC" };
  switch (scopeFor(actor, "documents.readUnpublished")) {
    case "any":
      return {};
    case "own":
      return { OR: [published, { assignments: { some: { reviewerId: actor!.id } } }] };
    default:
      return published;
  }
}
