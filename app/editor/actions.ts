"use server";

import { actAsCurrentUser } from "@/lib/api/action-result";
import { assignReviewer, unassignReviewer } from "@/lib/editorial/assignments";
import { setDocumentStatus } from "@/lib/editorial/publishing";

export async function assignReviewerAction(input: unknown) {
  return actAsCurrentUser(assignReviewer, input);
}
export async function unassignReviewerAction(input: unknown) {
  return actAsCurrentUser(unassignReviewer, input);
}
export async function setDocumentStatusAction(input: unknown) {
  return actAsCurrentUser(setDocumentStatus, input);
}
