import { describe, expect, it } from "vitest";
import { type SubmittedGrade, summariseGrades } from "@/lib/reading/grade-summary";

const grade = (patch: Partial<SubmittedGrade>): SubmittedGrade => ({
  certainty: null,
  tierOpinion: null,
  riskOfBias: null,
  inconsistency: null,
  indirectness: null,
  imprecision: null,
  publicationBias: null,
  ...patch,
});

describe("summariseGrades", () => {
  it("counts certainties and concerns, takes the lower median, and flags disagreement", () => {
    const summary = summariseGrades([
      grade({ certainty: "LOW", riskOfBias: "SERIOUS", tierOpinion: "PRECLINICAL" }),
      grade({ certainty: "MODERATE", riskOfBias: "VERY_SERIOUS", tierOpinion: "PRECLINICAL" }),
      grade({ certainty: "VERY_LOW", indirectness: "SERIOUS" }),
      grade({ certainty: "HIGH" }),
    ]);
    expect(summary).toMatchObject({
      reviews: 4,
      certainties: { LOW: 1, MODERATE: 1, VERY_LOW: 1, HIGH: 1 },
      consensus: "LOW",
      tierOpinions: { PRECLINICAL: 2 },
      contested: true,
    });
    expect(summary.concerns.riskOfBias).toEqual({ serious: 1, verySerious: 1 });
    expect(summary.concerns.indirectness).toEqual({ serious: 1, verySerious: 0 });
  });

  it("is not contested when reviewers agree, and has no consensus without grades", () => {
    expect(summariseGrades([grade({ certainty: "LOW" }), grade({ certainty: "LOW" })])).toMatchObject({
      consensus: "LOW",
      contested: false,
    });
    expect(summariseGrades([])).toMatchObject({ reviews: 0, consensus: null, contested: false });
  });
});
