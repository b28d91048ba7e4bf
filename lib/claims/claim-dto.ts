import type { Prisma } from "@/lib/generated/prisma/client";
import { w3cSelectors } from "./selectors";

export const claimSelect = {
  id: true,
  revisionId: true,
  position: true,
  section: true,
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  tier: true,
  tierSource: true,
  suggestedTier: true,
  suggestionCues: true,
  suggestionConfidence: true,
  anchorStatus: true,
  textChanged: true,
  version: true,
} as const satisfies Prisma.ClaimSelect;

export type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

/**
 * A claim as the API and the workspaces see it. `selectors` are W3C (positions in code points, for other tools);
 * `range` is the same span in UTF-16 offsets, what the browser slices strings and builds selections with.
 */
export function toClaimDto(row: ClaimRow, toCodePoints: (offset: number) => number) {
  return {
    id: row.id,
    text: row.exact,
    position: row.position,
    section: row.section,
    /** The tier a person set or accepted; null while only suggested. */
    tier: row.tier,
    tierSource: row.tierSource,
    /** The model's suggestion: never a decided tier until a person accepts it. */
    suggestedTier: row.suggestedTier,
    confidence: row.suggestionConfidence,
    /** The features that decided the suggestion, with the words that fired them. */
    cues: row.suggestionCues as string[],
    selectors: w3cSelectors(row, toCodePoints),
    range: { start: row.start, end: row.end },
    anchorStatus: row.anchorStatus,
    textChanged: row.textChanged,
    version: row.version,
  };
}
export type ClaimDto = ReturnType<typeof toClaimDto>;
