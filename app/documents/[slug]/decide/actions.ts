"use server";

import { actAsCurrentUser } from "@/lib/api/action-result";
import { saveDecision } from "@/lib/decisions/decisions";
import { publishDocument } from "@/lib/editorial/publishing";

export async function saveDecisionAction(input: unknown) {
  return actAsCurrentUser(saveDecision, input);
}
export async function publishAction(input: unknown) {
  return actAsCurrentUser(publishDocument, input);
}
