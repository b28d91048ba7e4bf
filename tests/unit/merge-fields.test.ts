import { describe, expect, it } from "vitest";
import { mergeFields } from "@/components/review/use-versioned-autosave";

const rationale = (text: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});
const base: Record<string, unknown> = { certainty: null, riskOfBias: null, largeEffect: false, rationale: null };

describe("mergeFields (three-way, per field)", () => {
  it("keeps the other tab's rationale when this tab changed only the certainty (issue 11, item 10)", () => {
    const theirs = { ...base, certainty: "MODERATE", rationale: rationale("Tab A") };
    const mine = { ...base, certainty: "VERY_LOW" };
    expect(mergeFields(base, theirs, mine)).toEqual({
      merged: { ...theirs, certainty: "VERY_LOW" },
      collisions: ["certainty"],
      mineApplied: [],
    });
  });

  it("merges changes to different fields without asking", () => {
    const theirs = { ...base, certainty: "LOW" };
    const mine = { ...base, riskOfBias: "SERIOUS", largeEffect: true };
    expect(mergeFields(base, theirs, mine)).toEqual({
      merged: { ...base, certainty: "LOW", riskOfBias: "SERIOUS", largeEffect: true },
      collisions: [],
      mineApplied: ["riskOfBias", "largeEffect"],
    });
  });

  it("does not count the same change made on both sides as a collision", () => {
    const both = { ...base, certainty: "HIGH", rationale: rationale("Same") };
    expect(mergeFields(base, both, { ...both })).toEqual({ merged: both, collisions: [], mineApplied: [] });
  });
});
