import { type Label, tierScores } from "@/lib/claims/tier-metrics";
import { prepareImport } from "@/lib/documents/prepare-import";
import type { ClaimFixture } from "./fixtures";

export interface Miss {
  fixture: string;
  claim: string;
  expected: Label;
  predicted: Label;
  cues: string[];
}

/** Imports each fixture as the app does and compares the suggested tiers with the labels. */
export function evaluate(fixtures: ClaimFixture[]) {
  const pairs: { expected: Label; predicted: Label }[] = [];
  const misses: Miss[] = [];
  const unmatched: string[] = [];
  for (const fixture of fixtures) {
    const claims = prepareImport(fixture.format, fixture.content).claims;
    for (const [start, expected] of fixture.labels) {
      const claim = claims.find((c) => c.exact.startsWith(start));
      if (!claim) {
        unmatched.push(`${fixture.name}: "${start}"`);
        continue;
      }
      pairs.push({ expected, predicted: claim.suggestedTier });
      if (expected !== claim.suggestedTier) {
        misses.push({
          fixture: fixture.name,
          claim: claim.exact,
          expected,
          predicted: claim.suggestedTier,
          cues: claim.cues,
        });
      }
    }
  }
  return { ...tierScores(pairs), labelled: pairs.length, misses, unmatched };
}
