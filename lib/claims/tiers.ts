import type { ClaimTier } from "@/lib/generated/prisma/enums";

export const TIERS: ClaimTier[] = ["PRECLINICAL", "EARLY_HUMAN_TRIAL", "SPECULATIVE"];

export const TIER_LABELS: Record<ClaimTier, string> = {
  PRECLINICAL: "Preclinical",
  EARLY_HUMAN_TRIAL: "Early human trial",
  SPECULATIVE: "Speculative",
};

export const TIER_DESCRIPTIONS: Record<ClaimTier, string> = {
  PRECLINICAL: "Evidence from animals or the laboratory, not yet from people.",
  EARLY_HUMAN_TRIAL: "Evidence from small or early studies in people.",
  SPECULATIVE: "Hope, hedging or promotion running ahead of the evidence.",
};
