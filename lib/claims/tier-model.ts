import type { ClaimTier } from "@/lib/generated/prisma/enums";
import type { Features } from "./tier-features";

/** What the model tells apart: the three tiers, and "no tier" (established facts, questions, calls to action). */
export const MODEL_CLASSES = ["PRECLINICAL", "EARLY_HUMAN_TRIAL", "SPECULATIVE", "NONE"] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

/** A multinomial logistic regression over named features: one weight per feature and class. */
export interface TierModel {
  classes: ModelClass[];
  weights: Record<string, number[]>;
  /**
   * Subtracted from the "no tier" score before deciding: an editor would rather confirm a tier than find none, so
   * "no tier" has to win by this much (log-odds). Chosen on the DEV split.
   */
  noneMargin?: number;
  /** What it was fitted on: counts of examples by source, and when. */
  trainedOn: { examples: number; sources: Record<string, number>; at: string };
}

export interface TierPrediction {
  tier: ClaimTier | null;
  /** The probability of the predicted class (0..1). */
  confidence: number;
  /** The features that pushed hardest towards the predicted class, with the words that fired them. */
  cues: string[];
}

const MAX_CUES = 4;

function scores(model: TierModel, features: Iterable<string>): number[] {
  const z = model.classes.map(() => 0);
  for (const f of features) {
    const w = model.weights[f];
    if (w) for (let c = 0; c < z.length; c++) z[c]! += w[c]!;
  }
  return z;
}

export function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** The probability of each class, "no tier" held back by the model's margin. */
export function probabilities(model: TierModel, features: Iterable<string>): number[] {
  const z = scores(model, features);
  const none = model.classes.indexOf("NONE");
  if (none >= 0) z[none]! -= model.noneMargin ?? 0;
  return softmax(z);
}

function cueText(feature: string, words: string): string {
  if (feature.startsWith("w:")) return `word “${words}”`;
  return words ? `${feature}: ${words}` : feature;
}

/** The most probable class, its probability, and the features that decided it (weight for it minus the runner-up's). */
export function predictTier(model: TierModel, features: Features): TierPrediction {
  const p = probabilities(model, features.keys());
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  let second = best === 0 ? 1 : 0;
  for (let c = 0; c < p.length; c++) if (c !== best && p[c]! > p[second]!) second = c;
  const cues = [...features]
    .filter(([f]) => f !== "bias" && model.weights[f])
    .map(([f, words]) => ({ f, words, push: model.weights[f]![best]! - model.weights[f]![second]! }))
    .filter((x) => x.push > 0.05)
    .sort((a, b) => b.push - a.push)
    .slice(0, MAX_CUES)
    .map((x) => cueText(x.f, x.words));
  const cls = model.classes[best]!;
  return { tier: cls === "NONE" ? null : cls, confidence: Math.round(p[best]! * 1000) / 1000, cues };
}
