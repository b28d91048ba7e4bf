import { currentTierModel } from "./installation-model";
import type { SegmentContext } from "./segment";
import { type Features, type StudyMemory, studyOf, tierFeatures } from "./tier-features";
import { predictTier, type TierModel, type TierPrediction } from "./tier-model";

export type TierSuggestion = TierPrediction;

const NO_CONTEXT: SegmentContext = { headings: [], leadIn: null, previous: [], paragraph: 0 };

/**
 * The features of each claim in document order. The study described most recently under the same headings is
 * carried along, so a result sentence with no study word of its own is judged as that study's result.
 */
export function claimFeatures(claims: { exact: string; context: SegmentContext }[]): Features[] {
  let study: StudyMemory | null = null;
  let headings = "";
  return claims.map((claim) => {
    const here = claim.context.headings.join("\n");
    if (here !== headings) study = null;
    headings = here;
    const features = tierFeatures(claim.exact, claim.context, study);
    study = studyOf(claim.exact) ?? study;
    return features;
  });
}

/** A tier suggestion with its confidence and the features that decided it, for each claim in document order. */
export function suggestTiers(
  claims: { exact: string; context: SegmentContext }[],
  model: TierModel = currentTierModel(),
): TierSuggestion[] {
  return claimFeatures(claims).map((features) => predictTier(model, features));
}

/** A suggestion for one stretch of text an editor marked, with its section as the only context. */
export function suggestTier(text: string, section: string | null = null): TierSuggestion {
  const context = section ? { ...NO_CONTEXT, headings: [section] } : NO_CONTEXT;
  return suggestTiers([{ exact: text, context }])[0]!;
}
