import { z } from "zod";
import { Certainty, ClaimTier, Concern } from "@/lib/generated/prisma/enums";
import { richTextSchema } from "@/lib/rich-text/validate";

export const DOMAINS = ["riskOfBias", "inconsistency", "indirectness", "imprecision", "publicationBias"] as const;
export const UPGRADES = ["largeEffect", "doseResponse", "plausibleConfounding"] as const;
export type Domain = (typeof DOMAINS)[number];
export type Upgrade = (typeof UPGRADES)[number];

const concern = z.enum(Concern).nullable();

/** The GRADE assessment a reviewer edits; every field optional so drafts can be saved as they go. */
export const reviewFieldsSchema = z.object({
  certainty: z.enum(Certainty).nullable(),
  riskOfBias: concern,
  inconsistency: concern,
  indirectness: concern,
  imprecision: concern,
  publicationBias: concern,
  largeEffect: z.boolean(),
  doseResponse: z.boolean(),
  plausibleConfounding: z.boolean(),
  tierOpinion: z.enum(ClaimTier).nullable(),
  rationale: richTextSchema.nullable(),
  /** Why the chosen certainty differs from the computed one (lib/reviews/grade-rating.ts); shown to editors. */
  certaintyReason: z.string().trim().max(2000).nullable(),
});

/** Save the actor's own review of a claim; `version` is the one they read (0 when they have none yet). */
export const saveReviewSchema = reviewFieldsSchema.partial().extend({
  claimId: z.string().min(1).max(64),
  version: z.number().int().min(0),
});

export const reviewStatusChangeSchema = z.object({
  claimId: z.string().min(1).max(64),
  version: z.number().int().min(1),
});

export type ReviewFields = z.infer<typeof reviewFieldsSchema>;
