import type { ClaimTier } from "@/lib/generated/prisma/enums";
import type { Segment } from "./segment";
import { type PositionSelector, type QuoteSelector, quoteAt } from "./selectors";
import { suggestTiers } from "./suggest-tier";

export interface ClaimDraft extends QuoteSelector, PositionSelector {
  section: string | null;
  suggestedTier: ClaimTier | null;
  /** The model's probability for its suggestion (also when it suggests no tier). */
  confidence: number;
  cues: string[];
}

/** A claim for each segment, with its selectors and the classifier's suggestion judged in its context. */
export function draftClaims(segments: Segment[], text: string): ClaimDraft[] {
  const suggestions = suggestTiers(segments);
  return segments.map((segment, i) => {
    const suggestion = suggestions[i]!;
    return {
      ...quoteAt(text, segment.start, segment.end),
      start: segment.start,
      end: segment.end,
      section: segment.section,
      suggestedTier: suggestion.tier,
      confidence: suggestion.confidence,
      cues: suggestion.cues,
    };
  });
}
