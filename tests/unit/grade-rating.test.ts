import { describe, expect, it } from "vitest";
import { MISMATCH_MESSAGE, rateCertainty, startingLevel, submittableGradeSchema } from "@/lib/reviews/grade-rating";

const TRIALS = { certainty: "HIGH", basis: "randomised trials" } as const;
const OBSERVATIONAL = { certainty: "LOW", basis: "observational studies" } as const;

describe("GRADE starting level", () => {
  it("starts randomised trials High and observational studies Low, trials first", () => {
    expect(startingLevel(["RCT"])).toEqual(TRIALS);
    expect(startingLevel(["COHORT", "RCT"])).toEqual(TRIALS);
    expect(startingLevel(["COHORT"])).toEqual(OBSERVATIONAL);
    expect(startingLevel(["CASE_SERIES", "ANIMAL"])).toEqual(OBSERVATIONAL);
  });

  it("sets no starting level from designs that do not say what the human evidence is", () => {
    expect(startingLevel([])).toBeNull();
    expect(startingLevel(["ANIMAL", "IN_VITRO", "REVIEW", "META_ANALYSIS", "OTHER"])).toBeNull();
  });
});

describe("GRADE rating arithmetic", () => {
  it("rates down by one per serious and two per very serious domain, and says so", () => {
    const rating = rateCertainty(TRIALS, { riskOfBias: "SERIOUS", imprecision: "VERY_SERIOUS" });
    expect(rating.certainty).toBe("VERY_LOW");
    expect(rating.explanation).toBe(
      "Starting at High (randomised trials) · −1 risk of bias · −2 imprecision → Very low",
    );
  });

  it("rates observational evidence up for a large effect and a dose-response gradient", () => {
    expect(rateCertainty(OBSERVATIONAL, { largeEffect: true }).certainty).toBe("MODERATE");
    const rating = rateCertainty(OBSERVATIONAL, { largeEffect: true, doseResponse: true });
    expect(rating.certainty).toBe("HIGH");
    expect(rating.explanation).toBe(
      "Starting at Low (observational studies) · +1 large effect · +1 dose-response gradient → High",
    );
  });

  it("stays within High and Very low, and counts not-serious and blank domains as no change", () => {
    expect(rateCertainty(TRIALS, { largeEffect: true, riskOfBias: "NOT_SERIOUS", inconsistency: null }).certainty).toBe(
      "HIGH",
    );
    const all = { riskOfBias: "VERY_SERIOUS", inconsistency: "VERY_SERIOUS", indirectness: "SERIOUS" } as const;
    expect(rateCertainty(OBSERVATIONAL, all).certainty).toBe("VERY_LOW");
    expect(rateCertainty(TRIALS, {}).explanation).toBe("Starting at High (randomised trials) → High");
  });
});

describe("a certainty that disagrees with the computed one", () => {
  const grade = { certainty: "LOW", riskOfBias: "SERIOUS", inconsistency: "SERIOUS", imprecision: "SERIOUS" } as const;

  it("requires a reason (Low chosen where −1/−1/−1 from High gives Very low)", () => {
    const result = submittableGradeSchema(TRIALS).safeParse(grade);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["certaintyReason"], message: MISMATCH_MESSAGE }),
    ]);
    expect(submittableGradeSchema(TRIALS).safeParse({ ...grade, certaintyReason: "   " }).success).toBe(false);
  });

  it("is accepted with a reason, and a matching certainty needs none", () => {
    expect(submittableGradeSchema(TRIALS).safeParse({ ...grade, certaintyReason: "One large trial." }).success).toBe(
      true,
    );
    expect(submittableGradeSchema(TRIALS).safeParse({ ...grade, certainty: "VERY_LOW" }).success).toBe(true);
  });

  it("needs no reason when no citation sets a starting level", () => {
    expect(submittableGradeSchema(null).safeParse(grade).success).toBe(true);
  });
});
