import { describe, expect, it } from "vitest";
import { disagreement, documentAgreement } from "@/lib/agreement/document-agreement";

describe("documentAgreement", () => {
  it("codes certainty as ordinal 1-4 and tiers as nominal, and queues the most contested claims first", () => {
    // Certainty units (1,1), (2,3), (3,3) as in the hand-computed ordinal example: alpha = 7/9.
    const result = documentAgreement([
      {
        claimId: "a",
        grades: [
          { certainty: "VERY_LOW", tierOpinion: "PRECLINICAL" },
          { certainty: "VERY_LOW", tierOpinion: "PRECLINICAL" },
        ],
      },
      {
        claimId: "b",
        grades: [
          { certainty: "LOW", tierOpinion: "PRECLINICAL" },
          { certainty: "MODERATE", tierOpinion: "SPECULATIVE" },
        ],
      },
      {
        claimId: "c",
        grades: [
          { certainty: "MODERATE", tierOpinion: "SPECULATIVE" },
          { certainty: "MODERATE", tierOpinion: "SPECULATIVE" },
        ],
      },
      { claimId: "d", grades: [{ certainty: "HIGH", tierOpinion: null }] },
    ]);
    expect(result.certaintyAlpha).toBeCloseTo(7 / 9, 10);
    // Tiers (1,1), (1,3), (3,3): n1 = n3 = 3, n = 6; Do = 2/6, De = 2*3*3/30 = 0.6; alpha = 1 - (1/3)/0.6 = 4/9.
    expect(result.tierAlpha).toBeCloseTo(4 / 9, 10);
    expect(result.contested).toEqual([{ claimId: "b", score: 2 }]);
  });

  it("scores disagreement by certainty spread and extra tier opinions", () => {
    expect(
      disagreement([
        { certainty: "HIGH", tierOpinion: "PRECLINICAL" },
        { certainty: "VERY_LOW", tierOpinion: "SPECULATIVE" },
      ]),
    ).toBe(4);
    expect(disagreement([{ certainty: "LOW", tierOpinion: null }])).toBe(0);
  });
});
