import { describe, expect, it } from "vitest";
import { claimsInBlocks } from "@/lib/exports/claims-in-blocks";
import { textBlocks } from "@/lib/rich-text/text-blocks";

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
// Plain text "Alpha beta.\nGamma delta.\nEpsilon." (blocks at 0, 12 and 25).
const blocks = textBlocks({
  type: "doc",
  content: [paragraph("Alpha beta."), paragraph("Gamma delta."), paragraph("Epsilon.")],
});

describe("claimsInBlocks", () => {
  it("gives each block the claims wholly inside it, by start, ties in the order given", () => {
    const claims = [
      { id: "delta", start: 18, end: 24 },
      { id: "gamma-delta", start: 12, end: 24 },
      { id: "gamma", start: 12, end: 17 },
      { id: "alpha", start: 0, end: 5 },
      { id: "epsilon", start: 25, end: 33 },
    ];
    const inside = claimsInBlocks(blocks, claims);
    expect(blocks.map((b) => inside.get(b)!.map((c) => c.id))).toEqual([
      ["alpha"],
      ["gamma-delta", "gamma", "delta"],
      ["epsilon"],
    ]);
  });

  it("leaves out a claim that crosses a block boundary, without losing the claims after it", () => {
    const claims = [
      { id: "across", start: 6, end: 17 },
      { id: "beta", start: 6, end: 11 },
      { id: "delta", start: 18, end: 24 },
    ];
    const inside = claimsInBlocks(blocks, claims);
    expect(blocks.map((b) => inside.get(b)!.map((c) => c.id))).toEqual([["beta"], ["delta"], []]);
  });
});
