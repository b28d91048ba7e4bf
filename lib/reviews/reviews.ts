import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { invalidateOnCommit } from "@/lib/cache/invalidate";
import { readableClaim } from "@/lib/claims/readable-claim";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/transaction";
import { versionConflict } from "@/lib/db/versioned-update";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse";
import { startingLevel, submittableGradeSchema } from "./grade-rating";
import { ownReview, type ReviewDto, reviewSelect, toReviewDto } from "./review-dto";
import { reviewStatusChangeSchema, saveReviewSchema } from "./schemas";
import { updateDraftAtVersion } from "./versioned-update";
import { visibleReviews } from "./visible-reviews";

type Tx = Prisma.TransactionClient;

function conflict(current: Awaited<ReturnType<typeof ownReview>>): AppError {
  return versionConflict(
    "This review was saved elsewhere since you opened it (another tab or device). Compare and reapply your changes.",
    current && toReviewDto(current),
  );
}

/** Everything but the claim and version: the GRADE fields as Prisma data. */
function reviewData(data: ReturnType<typeof saveReviewSchema.parse>) {
  const { claimId: _claimId, version: _version, rationale, ...fields } = data;
  return {
    ...fields,
    ...(rationale !== undefined
      ? { rationale: rationale ? (rationale.doc as unknown as Prisma.InputJsonValue) : Prisma.JsonNull }
      : {}),
  };
}

/**
 * Saves the actor's own review of a claim: creates it at version 0, else updates the version they read in one
 * statement that also answers a conflict (lib/reviews/versioned-update.ts). A stale version, or a first review
 * racing another, gets CONFLICT with the current state; nothing is overwritten. A draft save changes nothing readers
 * see, so it drops no cache.
 */
export async function saveReview(actor: Actor, input: unknown): Promise<ReviewDto> {
  authorize(actor, "reviews.write");
  const data = parseInput(saveReviewSchema, input);
  const reviewerId = actor!.id;
  const claim = await readableClaim(actor, data.claimId);
  if (data.version > 0) {
    const { claimId: _claimId, version, rationale, ...columns } = data;
    const { saved, review: current } = await updateDraftAtVersion({
      claimId: claim.id,
      reviewerId,
      documentId: claim.documentId,
      version,
      fields: { ...columns, ...(rationale !== undefined ? { rationale: rationale?.doc ?? null } : {}) },
    });
    if (saved) return toReviewDto(current);
    if (current?.status === "SUBMITTED") {
      throw new AppError("INVALID", "This review is submitted. Reopen it to make changes.");
    }
    throw conflict(current);
  }
  try {
    return await transaction(async (tx) => {
      const fields = reviewData(data);
      const created = await tx.review.create({
        data: { claimId: claim.id, reviewerId, ...fields },
        select: reviewSelect,
      });
      await recordAudit(tx, {
        actorId: reviewerId,
        action: "reviews.write",
        entityType: "Review",
        entityId: created.id,
        documentId: claim.documentId,
        after: { ...fields, claimId: claim.id } as Prisma.InputJsonValue,
      });
      return toReviewDto(created);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw conflict(await ownReview(db, data.claimId, reviewerId));
    }
    throw error;
  }
}

/** The GRADE starting level from the designs of the claim's live citations (lib/reviews/grade-rating.ts). */
async function claimStartingLevel(tx: Tx, claimId: string) {
  const citations = await tx.citation.findMany({ where: { claimId, deletedAt: null }, select: { studyDesign: true } });
  return startingLevel(citations.map((c) => c.studyDesign));
}

async function changeStatus(actor: Actor, input: unknown, to: "SUBMITTED" | "DRAFT"): Promise<ReviewDto> {
  authorize(actor, "reviews.write");
  const data = parseInput(reviewStatusChangeSchema, input);
  return transaction(async (tx) => {
    const claim = await readableClaim(actor, data.claimId, tx);
    const before = await ownReview(tx, claim.id, actor!.id);
    if (!before) throw new AppError("NOT_FOUND", "You have no review of this claim yet.");
    if (to === "SUBMITTED" && !before.certainty) {
      throw new AppError("INVALID", "Choose a certainty (high, moderate, low or very low) before submitting.", {
        fields: { certainty: ["Choose a certainty before submitting."] },
      });
    }
    // A certainty other than the one the evidence's design and the domains give needs the reviewer's reason.
    if (to === "SUBMITTED") parseInput(submittableGradeSchema(await claimStartingLevel(tx, claim.id)), before);
    const { count } = await tx.review.updateMany({
      where: { id: before.id, version: data.version, status: to === "SUBMITTED" ? "DRAFT" : "SUBMITTED" },
      data: { status: to, submittedAt: to === "SUBMITTED" ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0) throw conflict(await ownReview(tx, claim.id, actor!.id));
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "reviews.write",
      entityType: "Review",
      entityId: before.id,
      documentId: claim.documentId,
      before: { status: before.status },
      after: { status: to },
    });
    // Readers see submitted grades: submitting and reopening change what they see; draft saves do not.
    invalidateOnCommit(claim.documentId, { what: "review", claimId: claim.id });
    return toReviewDto((await ownReview(tx, claim.id, actor!.id))!);
  });
}

export const submitReview = (actor: Actor, input: unknown) => changeStatus(actor, input, "SUBMITTED");
export const reopenReview = (actor: Actor, input: unknown) => changeStatus(actor, input, "DRAFT");

/**
 * The reviews of a claim the actor may see: their own in any state, others' submitted ones under the independent
 * grading rule (lib/reviews/visible-reviews.ts).
 */
export async function listReviews(actor: Actor, claimId: string): Promise<ReviewDto[]> {
  const claim = await readableClaim(actor, claimId);
  const rows = await db.review.findMany({
    where: { claimId: claim.id, ...visibleReviews(actor) },
    select: reviewSelect,
    orderBy: { createdAt: "asc" },
  });
  return rows.map(toReviewDto);
}
