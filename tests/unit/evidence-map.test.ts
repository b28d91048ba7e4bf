import { describe, expect, it } from "vitest";
import { cellKey, evidenceMap } from "@/lib/reading/evidence-map";

describe("evidenceMap", () => {
  it("counts claims by tier x certainty and by section x tier", () => {
    const map = evidenceMap([
      { tier: "SPECULATIVE", certainty: "LOW", section: "Future" },
      { tier: "SPECULATIVE", certainty: "LOW", section: "Future" },
      { tier: "PRECLINICAL", certainty: null, section: null },
      { tier: null, certainty: null, section: "Future" },
    ]);
    expect(map.cells).toEqual({
      [cellKey("SPECULATIVE", "LOW")]: 2,
      [cellKey("PRECLINICAL", "NONE")]: 1,
      [cellKey("NONE", "NONE")]: 1,
    });
    expect(map.max).toBe(2);
    expect(map.sections).toEqual([
      { section: "Future", counts: { PRECLINICAL: 0, EARLY_HUMAN_TRIAL: 0, SPECULATIVE: 2, NONE: 1 } },
      { section: "Introduction", counts: { PRECLINICAL: 1, EARLY_HUMAN_TRIAL: 0, SPECULATIVE: 0, NONE: 0 } },
    ]);
  });
});
