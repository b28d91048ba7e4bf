import { currentTierModel } from "./installation-model";
import type { SegmentContext } from "./segment";
import {
  articleEvidence,
  type Features,
  looksAhead,
  namesEvidence,
  type StudyMemory,
  studyOf,
  tierFeatures,
} from "./tier-features";
import { type ModelClass, predictTier, type TierModel, type TierPrediction } from "./tier-model";

export type TierSuggestion = TierPrediction;

const NO_CONTEXT: SegmentContext = { headings: [], leadIn: null, previous: [], paragraph: 0 };

/**
 * The features of each claim in document order. The study described most recently under the same headings is
 * carried along, so a result sentence with no study word of its own is judged as that study's result.
 */
export function claimFeatures(claims: { exact: string; context: SegmentContext }[]): Features[] {
  let study: (StudyMemory & { paragraph: number }) | null = null;
  let headings = "";
  const article = articleEvidence(claims.map((c) => c.exact));
  return claims.map((claim) => {
    const here = claim.context.headings.join("\n");
    if (here !== headings) study = null;
    headings = here;
    // A study is the context of its own paragraph and the next one; further on, a result no longer follows from it.
    if (study && claim.context.paragraph - study.paragraph > 1) study = null;
    const features = tierFeatures(claim.exact, claim.context, study, article);
    const described = studyOf(claim.exact);
    if (described) study = { ...described, paragraph: claim.context.paragraph };
    return features;
  });
}

/**
 * The feature saying how the sentence before, in the same paragraph, was judged (a result continues its study). A
 * sentence that names evidence of its own, or looks ahead (a forecast), continues it less: it gets a feature of its
 * own, weighed apart.
 */
export const continuation = (previous: ModelClass, features: Features) =>
  `continues a sentence judged ${previous}${namesEvidence(features) ? " (names evidence of its own)" : looksAhead(features) ? " (looks ahead of its own)" : ""}`;

/**
 * A tier suggestion with its confidence and the features that decided it, for each claim in document order. Claims
 * are judged one after the other, each knowing how the previous sentence of its paragraph was judged.
 */
export function suggestTiers(
  claims: { exact: string; context: SegmentContext }[],
  model: TierModel = currentTierModel(),
): TierSuggestion[] {
  const features = claimFeatures(claims);
  const out: TierSuggestion[] = [];
  claims.forEach((claim, i) => {
    const previous = claims[i - 1];
    if (previous && previous.context.paragraph === claim.context.paragraph)
      features[i]!.set(continuation(out[i - 1]!.class, features[i]!), previous.exact.slice(0, 40));
    out.push(predictTier(model, features[i]!));
  });
  return out;
}

/** A suggestion for one stretch of text an editor marked, with its section as the only context. */
export function suggestTier(text: string, section: string | null = null): TierSuggestion {
  const context = section ? { ...NO_CONTEXT, headings: [section] } : NO_CONTEXT;
  return suggestTiers([{ exact: text, context }])[0]!;
}
