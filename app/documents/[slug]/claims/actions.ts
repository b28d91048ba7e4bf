"use server";

import { actAsCurrentUser } from "@/lib/api/action-result";
import { acceptSuggestions } from "@/lib/claims/accept-suggestions";
import {
  createClaim,
  deleteClaim,
  mergeClaims,
  setClaimBoundaries,
  setClaimTier,
  splitClaim,
} from "@/lib/claims/edit-claims";

export async function createClaimAction(input: unknown) {
  return actAsCurrentUser(createClaim, input);
}
export async function setClaimTierAction(input: unknown) {
  return actAsCurrentUser(setClaimTier, input);
}
export async function splitClaimAction(input: unknown) {
  return actAsCurrentUser(splitClaim, input);
}
export async function mergeClaimsAction(input: unknown) {
  return actAsCurrentUser(mergeClaims, input);
}
export async function deleteClaimAction(input: unknown) {
  return actAsCurrentUser(deleteClaim, input);
}
export async function setClaimBoundariesAction(input: unknown) {
  return actAsCurrentUser(setClaimBoundaries, input);
}
export async function acceptSuggestionsAction(input: unknown) {
  return actAsCurrentUser(acceptSuggestions, input);
}
