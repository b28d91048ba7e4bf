import type { ClaimTier } from "@/lib/generated/prisma/enums";
import type { Features } from "./tier-features";

/**
 * What the model tells apart: the three tiers, and the rubric's two kinds of "no tier" (established facts and the
 * state of the evidence; questions, advice and calls to action), which look nothing alike.
 */
export const MODEL_CLASSES = ["PRECLINICAL", "EARLY_HUMAN_TRIAL", "SPECULATIVE", "ESTABLISHED", "AMBIGUOUS"] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];
const NO_TIER: ReadonlySet<ModelClass> = new Set(["ESTABLISHED", "AMBIGUOUS"]);

/** The tier a class stands for (null for the two kinds of "no tier"). */
export const tierOf = (cls: ModelClass): ClaimTier | null => (NO_TIER.has(cls) ? null : (cls as ClaimTier));

/** A multinomial logistic regression over named features: one weight per feature and class. */
export interface TierModel {
  classes: ModelClass[];
  weights: Record<string, number[]>;
  /**
   * Subtracted from the "no tier" score before deciding: an editor would rather confirm a tier than find none, so
   * "no tier" has to win by this much (log-odds). The smallest margin whose held-out coverage reaches 95% both in DEV's
   * leave-one-article-out folds and on VALID (`npm run train:claims -- --sweep --margin`): DEV's folds alone were
   * optimistic (0.9 reached 95.3% there, 88–92% on articles never fitted on).
   */
  noneMargin?: number;
  /**
   * The scores are divided by it before the softmax, so that a suggestion's confidence matches how often suggestions
   * that confident are right (on DEV's leave-one-article-out predictions). It never changes which class wins.
   */
  temperature?: number;
  /** What it was fitted on: counts of examples by source, and when. */
  trainedOn: { examples: number; sources: Record<string, number>; at: string };
}

export interface TierPrediction {
  tier: ClaimTier | null;
  /** The class behind it (which kind of "no tier", when there is none). */
  class: ModelClass;
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

/** The probability of each class, "no tier" held back by the model's margin, calibrated by its temperature. */
export function probabilities(model: TierModel, features: Iterable<string>): number[] {
  const z = scores(model, features);
  model.classes.forEach((cls, c) => {
    if (NO_TIER.has(cls)) z[c]! -= model.noneMargin ?? 0;
  });
  const t = model.temperature ?? 1;
  return softmax(z.map((v) => v / t));
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
  // The reasons are what set the suggestion apart from the best alternative with another tier.
  const rivals = model.classes.flatMap((cls, c) => (tierOf(cls) !== tierOf(model.classes[best]!) ? [c] : []));
  const second = rivals.reduce((a, c) => (p[c]! > p[a]! ? c : a), rivals[0]!);
  const cues = [...features]
    .filter(([f]) => f !== "bias" && model.weights[f])
    .map(([f, words]) => ({ f, words, push: model.weights[f]![best]! - model.weights[f]![second]! }))
    .filter((x) => x.push > 0.05)
    .sort((a, b) => b.push - a.push)
    .slice(0, MAX_CUES)
    .map((x) => cueText(x.f, x.words));
  const cls = model.classes[best]!;
  const tier = tierOf(cls);
  // "No tier" is one suggestion, whichever kind: its confidence is both kinds' together.
  const confidence = tier ? p[best]! : model.classes.reduce((sum, c, i) => sum + (NO_TIER.has(c) ? p[i]! : 0), 0);
  const kind = cls === "ESTABLISHED" ? "reads as established" : cls === "AMBIGUOUS" ? "not an assertion" : null;
  return {
    tier,
    class: cls,
    confidence: Math.round(confidence * 1000) / 1000,
    cues: kind ? [kind, ...cues].slice(0, MAX_CUES) : cues,
  };
}
