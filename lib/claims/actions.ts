"use server";

import { defineAction } from "@/lib/actions/define-action";
import { acceptSuggestions } from "./accept-suggestions";
import { createClaim, deleteClaim, mergeClaims, setClaimBoundaries, setClaimTier, splitClaim } from "./edit-claims";
import {
  acceptSuggestionsSchema,
  createClaimSchema,
  deleteClaimSchema,
  mergeClaimsSchema,
  setClaimBoundariesSchema,
  setClaimTierSchema,
  splitClaimSchema,
} from "./schemas";

export const createClaimAction = defineAction(createClaimSchema, createClaim);
export const setClaimTierAction = defineAction(setClaimTierSchema, setClaimTier);
export const splitClaimAction = defineAction(splitClaimSchema, splitClaim);
export const mergeClaimsAction = defineAction(mergeClaimsSchema, mergeClaims);
export const deleteClaimAction = defineAction(deleteClaimSchema, deleteClaim);
export const setClaimBoundariesAction = defineAction(setClaimBoundariesSchema, setClaimBoundaries);
export const acceptSuggestionsAction = defineAction(acceptSuggestionsSchema, acceptSuggestions);
