import { z } from "zod";
import { ClaimTier } from "@/lib/generated/prisma/enums";

const id = z.string().min(1).max(64);
const version = z.coerce.number().int().min(1);
const offset = z.coerce.number().int().min(0);

/** The claim being changed and the version the editor saw (a stale version gets CONFLICT). */
const target = { claimId: id, version };

export const createClaimSchema = z
  .object({ documentId: id, start: offset, end: offset })
  .refine((v) => v.end > v.start, "Select some text first.");

export const setClaimTierSchema = z.object({
  ...target,
  tier: z.enum(ClaimTier).nullable(),
  reason: z.string().trim().max(500, "Keep the reason under 500 characters.").optional(),
});

export const splitClaimSchema = z.object({ ...target, at: offset });

export const mergeClaimsSchema = z.object({ ...target, nextClaimId: id, nextVersion: version });

export const deleteClaimSchema = z.object(target);

export const setClaimBoundariesSchema = z
  .object({ ...target, start: offset, end: offset })
  .refine((v) => v.end > v.start, "Select some text first.");

/** The unreviewed suggestions an editor accepts at once, each at the version the editor saw. */
export const acceptSuggestionsSchema = z.object({
  documentId: id,
  claims: z.array(z.object(target)).min(1, "Choose at least one suggestion.").max(2000),
});
