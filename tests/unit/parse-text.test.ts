import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseText } from "@/lib/documents/parse-text";
import { inlineText, plainText } from "@/lib/rich-text/plain-text";

const seed = fs.readFileSync(
  path.join(import.meta.dirname, "../../prisma/seed/stem-cells-neuroplasticity.txt"),
  "utf8",
);

describe("parseText on the seed article", () => {
  const { title, body } = parseText(seed);
  const blocks = body.content;
  const headings = blocks.filter((b) => b.type === "heading").map(inlineText);

  it("takes the first heading as the title and drops every slug line", () => {
    expect(title).toBe("Understanding Neuroplasticity and Its Role in Mental Health");
    const text = plainText(body);
    expect(text).not.toMatch(/^[a-z0-9.-]+-[a-z0-9.-]+$/m);
    expect(text).not.toContain("understanding-neuroplasticity");
  });

  it("finds the section headings, sub-sections one level down", () => {
    expect(headings).toContain("Impaired Neuroplasticity in Anxiety and Depression");
    expect(headings).toContain("Animal Model Studies");
    const sub = blocks.find((b) => b.type === "heading" && inlineText(b).startsWith("a. Secretion"));
    expect(sub?.attrs?.level).toBe(3);
  });

  it("turns bullet lines into list items, keeping blank-line-separated bullets in one list", () => {
    const lists = blocks.filter((b) => b.type === "bulletList");
    expect(lists.length).toBeGreaterThan(3);
    const first = lists[0]!.content!.map(inlineText);
    expect(first[0]).toMatch(/^Reduced Synaptogenesis: /);
    expect(first).toHaveLength(4);
    const restoring = lists.find((l) => inlineText(l.content![0]!).startsWith("Encouraging the formation"));
    expect(restoring?.content).toHaveLength(2);
  });

  it("keeps special characters intact", () => {
    expect(plainText(body)).toContain("TNF-α and IL-1β");
    expect(plainText(body)).toContain("don’t");
  });
});

describe("parseText edge cases", () => {
  it("treats a text without slug lines as paragraphs", () => {
    const { title, body } = parseText("One line.\r\n\r\nAnother line.");
    expect(title).toBeNull();
    expect(body.content.map((b) => b.type)).toEqual(["paragraph", "paragraph"]);
  });

  it("does not take a lone lower-case line for a slug unless it matches the line before", () => {
    const { body } = parseText("Results were mixed\nsomething-else\n");
    expect(body.content.map(inlineText)).toEqual(["Results were mixed", "something-else"]);
  });

  // Invented text, wrapped at 60 columns as e-mailed press releases are: lines break before capitals and numbers too.
  it("joins the lines of a text hard-wrapped at a column, whatever the case of the next line", () => {
    const source = [
      "NEWS RELEASE",
      "",
      "The widget has not been cleared by the U.S. Food and Drug",
      "Administration. It will be sold as a wellness product from",
      "$49. A trial in 120 adults is planned and will be run by the",
      "Institute of Widgets in Springfield, which expects results in",
      "2028 at the earliest, says the company's chief executive.",
      "",
      "About Widgetco",
      "Widgetco is a privately held company based in Springfield.",
    ].join("\n");
    expect(parseText(source).body.content.map(inlineText)).toEqual([
      "NEWS RELEASE",
      "The widget has not been cleared by the U.S. Food and Drug Administration. It will be sold as a wellness " +
        "product from $49. A trial in 120 adults is planned and will be run by the Institute of Widgets in " +
        "Springfield, which expects results in 2028 at the earliest, says the company's chief executive.",
      "About Widgetco",
      "Widgetco is a privately held company based in Springfield.",
    ]);
  });

  it("keeps short lines apart when the text is not wrapped at a column", () => {
    const source =
      "Home\nForums\nMember · 88 posts\nThis post is a whole paragraph on one line, as scraped.\nA second one.";
    expect(parseText(source).body.content).toHaveLength(5);
  });

  // Invented text.
  it("reads numbered lines and other bullets as list items, joining an item's wrapped lines", () => {
    const source = [
      "In the study you can expect:",
      "1. Lower blood pressure within two weeks, according to",
      "the company's own figures",
      "2) Better sleep",
      "✅ Vegan capsules",
      "Visit us in 2026.",
    ].join("\n");
    const blocks = parseText(source).body.content;
    expect(blocks.map((b) => b.type)).toEqual(["paragraph", "orderedList", "bulletList", "paragraph"]);
    expect(blocks[1]!.content!.map(inlineText)).toEqual([
      "Lower blood pressure within two weeks, according to the company's own figures",
      "Better sleep",
    ]);
  });

  it("returns no blocks for whitespace", () => {
    expect(parseText(" \n\t\n").body.content).toEqual([]);
  });
});
