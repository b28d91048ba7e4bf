import { describe, expect, it } from "vitest";
import { applyClaimMarks } from "@/lib/rich-text/apply-claim-marks";
import { plainText } from "@/lib/rich-text/plain-text";
import type { RichTextDoc } from "@/lib/rich-text/types";

const doc: RichTextDoc = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Head" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Alpha " },
        { type: "text", text: "beta", marks: [{ type: "bold" }] },
        { type: "text", text: " gamma. Delta." },
      ],
    },
  ],
};

describe("applyClaimMarks", () => {
  it("marks exactly each claim's span, across other marks, and leaves the text unchanged", () => {
    const text = plainText(doc);
    const start = text.indexOf("beta");
    const end = text.indexOf("gamma.") + "gamma.".length;
    const marked = applyClaimMarks(doc, [
      { id: "c1", start, end, tier: "SPECULATIVE" },
      { id: "c2", start: text.indexOf("Delta"), end: text.length, tier: null },
    ]);
    expect(plainText(marked)).toBe(text);
    const pieces = marked.content![1]!.content!;
    const claimOf = (n: (typeof pieces)[number]) =>
      n.marks?.find((m) => m.type === "claim")?.attrs?.claimId as string | undefined;
    expect(pieces.map((p) => [p.text, claimOf(p)])).toEqual([
      ["Alpha ", undefined],
      ["beta", "c1"],
      [" gamma.", "c1"],
      [" ", undefined],
      ["Delta.", "c2"],
    ]);
    expect(pieces[1]!.marks!.map((m) => m.type)).toEqual(["bold", "claim"]);
    expect(doc.content[1]!.content![0]!.marks).toBeUndefined();
  });
});
