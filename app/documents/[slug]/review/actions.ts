"use server";

import { actAsCurrentUser } from "@/lib/api/action-result";
import { addCitations, deleteCitation, fetchCitationMetadata } from "@/lib/citations/citations";
import { addComment, deleteComment, editComment, resolveComment } from "@/lib/comments/comments";
import { reopenReview, saveReview, submitReview } from "@/lib/reviews/reviews";

export async function saveReviewAction(input: unknown) {
  return actAsCurrentUser(saveReview, input);
}
export async function submitReviewAction(input: unknown) {
  return actAsCurrentUser(submitReview, input);
}
export async function reopenReviewAction(input: unknown) {
  return actAsCurrentUser(reopenReview, input);
}
export async function addCitationsAction(input: unknown) {
  return actAsCurrentUser(addCitations, input);
}
export async function deleteCitationAction(input: unknown) {
  return actAsCurrentUser(deleteCitation, input);
}
export async function fetchCitationMetadataAction(input: unknown) {
  return actAsCurrentUser(fetchCitationMetadata, input);
}
export async function addCommentAction(input: unknown) {
  return actAsCurrentUser(addComment, input);
}
export async function editCommentAction(input: unknown) {
  return actAsCurrentUser(editComment, input);
}
export async function deleteCommentAction(input: unknown) {
  return actAsCurrentUser(deleteComment, input);
}
export async function resolveCommentAction(input: unknown) {
  return actAsCurrentUser(resolveComment, input);
}
