"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import type { Actor } from "@/lib/auth/roles";
import { currentActor } from "@/lib/auth/session";
import { addCitations, deleteCitation } from "@/lib/citations/citations";
import { addComment, deleteComment, editComment, resolveComment } from "@/lib/comments/comments";
import { reopenReview, saveReview, submitReview } from "@/lib/reviews/reviews";

/** The acting user, the domain function (which validates and authorizes), and the reading page refreshed. */
function act<T>(operation: (actor: Actor, input: unknown) => Promise<T>, slug: string, input: unknown) {
  return runAction(async () => {
    const result = await operation(await currentActor(), input);
    revalidatePath(`/documents/${slug}`);
    return result;
  });
}

export async function saveReviewAction(slug: string, input: unknown) {
  return act(saveReview, slug, input);
}
export async function submitReviewAction(slug: string, input: unknown) {
  return act(submitReview, slug, input);
}
export async function reopenReviewAction(slug: string, input: unknown) {
  return act(reopenReview, slug, input);
}
export async function addCitationsAction(slug: string, input: unknown) {
  return act(addCitations, slug, input);
}
export async function deleteCitationAction(slug: string, input: unknown) {
  return act(deleteCitation, slug, input);
}
export async function addCommentAction(slug: string, input: unknown) {
  return act(addComment, slug, input);
}
export async function editCommentAction(slug: string, input: unknown) {
  return act(editComment, slug, input);
}
export async function deleteCommentAction(slug: string, input: unknown) {
  return act(deleteComment, slug, input);
}
export async function resolveCommentAction(slug: string, input: unknown) {
  return act(resolveComment, slug, input);
}
