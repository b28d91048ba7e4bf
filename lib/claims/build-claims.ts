import type { ClaimTier } from "@/lib/generated/prisma/enums";
import type { Segment } from "./segment";
import { type PositionSelector, type QuoteSelector, quoteAt } from "./selectors";
import { suggestTier } from "./suggest-tier";

export interface ClaimDraft extends QuoteSelector, PositionSelector {
  section: string | null;
  suggestedTier: ClaimTier | null;
  cues: string[];
}

/** A claim for each segment, with its selectors and the classifier's suggestion. */
export function draftClaims(segments: Segment[], text: string): ClaimDraft[] {
  return segments.map((segment) => {
    const suggestion = suggestTier(segment.exact, segment.section);
    return {
      ...quoteAt(text, segment.start, segment.end),
      start: segment.start,
      end: segment.end,
      section: segment.section,
      suggestedTier: suggestion.tier,
      cues: suggestion.cues,
    };
  });
}
