import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The reviews whose grades the actor may see, as a Prisma `where` on Review: their own in any state, and others'
 * submitted ones as lib/auth/policy.ts `othersGradesVisible` says (independent grading: in a document not yet
 * published, only once the actor has submitted their own review of the same claim; editors always). Every query that
 * returns reviews to a caller (the reviews API, the review workspace, history) filters with it, so the rule holds in
 * the database rather than in a page.
 */
export function visibleReviews(actor: Actor): Prisma.ReviewWhereInput {
  const submitted = { status: "SUBMITTED" } as const;
  if (can(actor, "reviews.readAll")) return { OR: [submitted, { reviewerId: actor!.id }] };
  const published: Prisma.ReviewWhereInput = { claim: { document: { status: "PUBLISHED" } } };
  if (!actor) return { ...submitted, ...published };
  const ownSubmitted: Prisma.ReviewWhereInput = {
    claim: { reviews: { some: { reviewerId: actor.id, status: "SUBMITTED" } } },
  };
  return { OR: [{ reviewerId: actor.id }, { ...submitted, OR: [published, ownSubmitted] }] };
}
