"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import { currentActor } from "@/lib/auth/session";
import { assignReviewer, unassignReviewer } from "@/lib/editorial/assignments";
import { setDocumentStatus } from "@/lib/editorial/publishing";

export async function assignReviewerAction(input: unknown) {
  return runAction(async () => {
    await assignReviewer(await currentActor(), input);
    revalidatePath("/editor");
  });
}
export async function unassignReviewerAction(input: unknown) {
  return runAction(async () => {
    await unassignReviewer(await currentActor(), input);
    revalidatePath("/editor");
  });
}
export async function setDocumentStatusAction(input: unknown) {
  return runAction(async () => {
    const result = await setDocumentStatus(await currentActor(), input);
    revalidatePath("/editor");
    return result;
  });
}
