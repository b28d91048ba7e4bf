"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import { currentActor } from "@/lib/auth/session";
import {
  createClaim,
  deleteClaim,
  mergeClaims,
  setClaimBoundaries,
  setClaimTier,
  splitClaim,
} from "@/lib/claims/edit-claims";

type Operation<T> = (actor: Awaited<ReturnType<typeof currentActor>>, input: unknown) => Promise<T>;

/** The acting user, the domain function (which validates and authorizes), fresh pages after. */
function edit<T>(operation: Operation<T>, slug: string, input: unknown) {
  return runAction(async () => {
    const result = await operation(await currentActor(), input);
    revalidatePath(`/documents/${slug}`);
    revalidatePath(`/documents/${slug}/claims`);
    return result ?? null;
  });
}

export async function createClaimAction(slug: string, input: unknown) {
  return edit(createClaim, slug, input);
}
export async function setClaimTierAction(slug: string, input: unknown) {
  return edit(setClaimTier, slug, input);
}
export async function splitClaimAction(slug: string, input: unknown) {
  return edit(splitClaim, slug, input);
}
export async function mergeClaimsAction(slug: string, input: unknown) {
  return edit(mergeClaims, slug, input);
}
export async function deleteClaimAction(slug: string, input: unknown) {
  return edit(deleteClaim, slug, input);
}
export async function setClaimBoundariesAction(slug: string, input: unknown) {
  return edit(setClaimBoundaries, slug, input);
}
