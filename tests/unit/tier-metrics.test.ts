import { describe, expect, it } from "vitest";
import { tierScores } from "@/lib/claims/tier-metrics";

describe("tierScores", () => {
  it("matches hand-computed precision, recall and F1", () => {
    // PRECLINICAL: tp 2, fp 1 (a "no tier" claim), fn 1 (predicted nothing) -> P 2/3, R 2/3.
    // SPECULATIVE: tp 1, fp 0, fn 1 (predicted EARLY_HUMAN_TRIAL) -> P 1, R 1/2, F1 2/3.
    // EARLY_HUMAN_TRIAL: tp 0, fp 1 -> all 0.
    const { scores, macroF1 } = tierScores([
      { expected: "PRECLINICAL", predicted: "PRECLINICAL" },
      { expected: "PRECLINICAL", predicted: "PRECLINICAL" },
      { expected: "PRECLINICAL", predicted: null },
      { expected: null, predicted: "PRECLINICAL" },
      { expected: "SPECULATIVE", predicted: "SPECULATIVE" },
      { expected: "SPECULATIVE", predicted: "EARLY_HUMAN_TRIAL" },
      { expected: null, predicted: null },
    ]);
    const [pre, early, spec] = scores;
    expect(pre).toMatchObject({ precision: 2 / 3, recall: 2 / 3, support: 3 });
    expect(pre!.f1).toBeCloseTo(2 / 3);
    expect(early).toMatchObject({ precision: 0, recall: 0, f1: 0, support: 0 });
    expect(spec).toMatchObject({ precision: 1, recall: 0.5, support: 2 });
    expect(spec!.f1).toBeCloseTo(2 / 3);
    expect(macroF1).toBeCloseTo((2 / 3 + 0 + 2 / 3) / 3);
  });
});
