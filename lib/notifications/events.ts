import "server-only";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mentionedIds } from "@/lib/rich-text/mentions";
import type { RichTextNode } from "@/lib/rich-text/types";
import { notify } from "./notify";

// What each domain change notifies, called inside that change's transaction (one line in the domain function).

type Tx = Prisma.TransactionClient;
type CommentEvent = { id: string; claimId: string; documentId: string; body: RichTextNode };

/**
 * A new comment: the people it mentions, and the authors of the comment it answers and of its thread's first
 * comment (`answered`: the comment replied to, null for a new thread). Someone both mentioned and answered hears
 * of it once, as a mention.
 */
export async function notifyCommentAdded(tx: Tx, actor: Actor, comment: CommentEvent, answered: string | null) {
  const event = { actor, documentId: comment.documentId, claimId: comment.claimId, commentId: comment.id };
  const mentioned = mentionedIds(comment.body);
  await notify(tx, { ...event, type: "MENTION" }, mentioned);
  if (!answered) return;
  const replyTo = await tx.comment.findUnique({
    where: { id: answered },
    select: { authorId: true, parent: { select: { authorId: true } } },
  });
  const authors = [replyTo?.authorId, replyTo?.parent?.authorId].filter((id): id is string => !!id);
  await notify(
    tx,
    { ...event, type: "REPLY" },
    authors.filter((id) => !mentioned.has(id)),
  );
}

/** An edited comment notifies only the people the edit newly mentions. */
export async function notifyCommentEdited(tx: Tx, actor: Actor, comment: CommentEvent, before: RichTextNode) {
  const earlier = mentionedIds(before);
  const added = [...mentionedIds(comment.body)].filter((id) => !earlier.has(id));
  await notify(
    tx,
    { actor, documentId: comment.documentId, claimId: comment.claimId, commentId: comment.id, type: "MENTION" },
    added,
  );
}

/** A decision (new, or a changed tier or certainty) tells the reviewers who submitted a grade of the claim. */
export async function notifyDecision(tx: Tx, actor: Actor, claim: { id: string; documentId: string }) {
  const graders = await tx.review.findMany({
    where: { claimId: claim.id, status: "SUBMITTED" },
    select: { reviewerId: true },
  });
  await notify(
    tx,
    { actor, type: "DECISION", documentId: claim.documentId, claimId: claim.id },
    graders.map((g) => g.reviewerId),
  );
}

/** Publication tells everyone who submitted a review of one of the document's claims. */
export async function notifyPublication(tx: Tx, actor: Actor, documentId: string) {
  const reviewers = await tx.review.findMany({
    where: { status: "SUBMITTED", claim: { documentId } },
    select: { reviewerId: true },
    distinct: ["reviewerId"],
  });
  await notify(
    tx,
    { actor, type: "PUBLICATION", documentId },
    reviewers.map((r) => r.reviewerId),
  );
}

/** A new assignment tells the reviewer (who can see the document from now on). */
export async function notifyAssignment(tx: Tx, actor: Actor, documentId: string, reviewerId: string) {
  await notify(tx, { actor, type: "ASSIGNMENT", documentId }, [reviewerId]);
}
