import { describe, expect, it } from "vitest";
import { paragraphText } from "@/lib/exports/rich-paragraphs";

describe("a paragraph as plain text (W3C and CSV bodies)", () => {
  it("writes a link's address after its words, and only once when the words already show it", () => {
    expect(paragraphText([{ text: "see " }, { text: "the methods", href: "https://example.org/m" }])).toBe(
      "see the methods (https://example.org/m)",
    );
    expect(paragraphText([{ text: "https://example.org/m", href: "https://example.org/m" }])).toBe(
      "https://example.org/m",
    );
    // A formatted reference (the seed's Kang et al. 2012, shortened) ends in its DOI's address, also its link.
    const reference = "Kang, H. J. (2012). Decreased expression. Nature Medicine. https://doi.org/10.1038/nm.2886";
    expect(paragraphText([{ text: "Supports: " }, { text: reference, href: "https://doi.org/10.1038/nm.2886" }])).toBe(
      `Supports: ${reference}`,
    );
  });
});
