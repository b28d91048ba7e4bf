"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import { currentActor } from "@/lib/auth/session";
import { saveDecision } from "@/lib/decisions/decisions";
import { publishDocument } from "@/lib/editorial/publishing";

export async function saveDecisionAction(slug: string, input: unknown) {
  return runAction(async () => {
    const decision = await saveDecision(await currentActor(), input);
    revalidatePath(`/documents/${slug}/decide`);
    return { version: decision.version };
  });
}

export async function publishAction(slug: string, input: unknown) {
  return runAction(async () => {
    const result = await publishDocument(await currentActor(), input);
    revalidatePath(`/documents/${slug}/decide`);
    revalidatePath("/editor");
    return result;
  });
}
