import type { ClaimTier } from "@/lib/generated/prisma/enums";
import { TIERS } from "./tiers";

export type Label = ClaimTier | null;

export interface TierScore {
  tier: ClaimTier;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/**
 * Per-tier precision, recall and F1 of predicted against expected labels ("no tier" is a label too: predicting a
 * tier for it is a false positive, predicting nothing for a tier a false negative). Undefined ratios count as 0.
 */
export function tierScores(pairs: { expected: Label; predicted: Label }[]): { scores: TierScore[]; macroF1: number } {
  const scores = TIERS.map((tier) => {
    const tp = pairs.filter((p) => p.expected === tier && p.predicted === tier).length;
    const fp = pairs.filter((p) => p.expected !== tier && p.predicted === tier).length;
    const fn = pairs.filter((p) => p.expected === tier && p.predicted !== tier).length;
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { tier, precision, recall, f1, support: tp + fn };
  });
  return { scores, macroF1: scores.reduce((sum, s) => sum + s.f1, 0) / scores.length };
}
