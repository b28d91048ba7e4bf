import { describe, expect, it } from "vitest";
import { assertNestingDepth, MAX_NESTING_DEPTH } from "@/lib/documents/nesting-depth";

const refusal = (format: "md" | "html", source: string) => {
  try {
    assertNestingDepth(format, source);
    return null;
  } catch (error) {
    return `${(error as { code: string }).code}: ${(error as Error).message}`;
  }
};

describe("assertNestingDepth", () => {
  it("accepts an article's nesting, void elements and implied closes", () => {
    const page = `${"<div>".repeat(40)}<p>One<p>Two<br><img src=x><ul><li>a<li>b</ul>${"</div>".repeat(40)}`;
    expect(refusal("html", page)).toBeNull();
    expect(refusal("md", "> quote\n> > nested quote\n\n- list\n  - sub list\n")).toBeNull();
  });

  it("refuses HTML tags and Markdown quotes nested beyond the limit, saying how deep", () => {
    expect(refusal("html", "<b>".repeat(100_000))).toMatch(
      /^INVALID: The document is nested more than 200 levels deep/,
    );
    expect(refusal("md", `${"<blockquote>".repeat(MAX_NESTING_DEPTH + 1)}x`)).toMatch(/nested more than 200 levels/);
    expect(refusal("md", `${"> ".repeat(50_000)}deep`)).toMatch(/nested more than 200 levels/);
  });
});
