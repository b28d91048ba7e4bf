import "server-only";
import { scopeFor } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Not archived: an archived document is kept for editors only (lib/documents/archive.ts). */
export const NOT_ARCHIVED: Prisma.DocumentWhereInput = { archivedAt: null };

/**
 * Published for readers: PUBLISHED, or in a new review round after having been published (README, "Editing and
 * publishing": starting a round must not take the article away from its readers; taking it back to draft does),
 * and not archived.
 */
export const PUBLISHED_FOR_READERS: Prisma.DocumentWhereInput = {
  AND: [NOT_ARCHIVED, { OR: [{ status: "PUBLISHED" }, { status: "IN_REVIEW", publishedAt: { not: null } }] }],
};

/**
 * The documents an actor may read, as a Prisma `where`: published public ones for everybody, published members-only
 * ones for signed-in users, unpublished ones for editors and for reviewers assigned to them; archived ones for
 * editors only.
 */
export function readableDocuments(actor: Actor): Prisma.DocumentWhereInput {
  const published: Prisma.DocumentWhereInput = actor
    ? PUBLISHED_FOR_READERS
    : { AND: [PUBLISHED_FOR_READERS, { visibility: "PUBLIC" }] };
  switch (scopeFor(actor, "documents.readUnpublished")) {
    case "any":
      return {};
    case "own":
      return { AND: [NOT_ARCHIVED, { OR: [published, { assignments: { some: { reviewerId: actor!.id } } }] }] };
    default:
      return published;
  }
}
