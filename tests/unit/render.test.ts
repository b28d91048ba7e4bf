import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { renderDocumentBody, renderRichText } from "@/lib/rich-text/render";

describe("renderRichText", () => {
  it("renders a document body's headings, lists, links and claim marks", () => {
    const html = renderDocumentBody({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Findings" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Mice improved", marks: [{ type: "claim", attrs: { claimId: "c1" } }] },
            { type: "text", text: " (see " },
            { type: "text", text: "paper", marks: [{ type: "link", attrs: { href: "https://doi.org/10.1/x" } }] },
            { type: "text", text: ")." },
          ],
        },
        {
          type: "bulletList",
          content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "one" }] }] }],
        },
      ],
    });
    expect(html).toContain("<h2>Findings</h2>");
    expect(html).toContain('<mark class="claim" data-claim-id="c1">Mice improved</mark>');
    expect(html).toContain('<a rel="noopener noreferrer nofollow ugc" href="https://doi.org/10.1/x">paper</a>');
    expect(html).toContain("<ul><li><p>one</p></li></ul>");
  });

  it("escapes text and drops script links", () => {
    const html = renderRichText({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "<img src=x onerror=alert(1)>" },
            { type: "text", text: "click", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
          ],
        },
      ],
    });
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toMatch(/<img|javascript:/i);
  });
});

describe("isDatabaseUnavailable", () => {
  it("recognises connection failures, also when wrapped", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(
      isDatabaseUnavailable(new Error("outer", { cause: Object.assign(new Error("inner"), { code: "P1001" }) })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        new Error("Raw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:1`"),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("syntax error at or near"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
