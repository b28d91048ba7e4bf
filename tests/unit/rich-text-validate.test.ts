import { describe, expect, it } from "vitest";
import { RichTextError, validateRichText } from "@/lib/rich-text/validate";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const p = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });

const reject = (input: unknown, message: RegExp) => {
  expect(() => validateRichText(input)).toThrow(RichTextError);
  expect(() => validateRichText(input)).toThrow(message);
};

describe("validateRichText", () => {
  it("accepts paragraphs, bold, italic, links, lists, quotes, code and mentions", () => {
    const { doc: valid, text: plain } = validateRichText(
      doc(
        p(
          text("See "),
          text("this", [{ type: "link", attrs: { href: "https://doi.org/10.1/x" } }]),
          text(" now", [{ type: "bold" }]),
        ),
        { type: "bulletList", content: [{ type: "listItem", content: [p(text("one"))] }] },
        { type: "blockquote", content: [p(text("quoted", [{ type: "italic" }]))] },
        { type: "codeBlock", content: [text("x = 1")] },
        p({ type: "mention", attrs: { id: "u1", label: "Rita" } }),
      ),
    );
    expect(valid.content).toHaveLength(5);
    expect(plain).toContain("See this now");
  });

  it.each([
    [doc(p(text("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]))), /Links must start/],
    [doc(p(text("x", [{ type: "link", attrs: { href: "data:text/html,<script>" } }]))), /Links must start/],
    [doc({ type: "image", attrs: { src: "x" } }), /"image" is not allowed/],
    [doc({ type: "script", content: [text("alert(1)")] }), /"script" is not allowed/],
    [doc(p(text("x", [{ type: "claim", attrs: { claimId: "c" } }]))), /formatting "claim" is not allowed/],
    [
      doc({ type: "paragraph", attrs: { onclick: "alert(1)" }, content: [text("x")] }),
      /attribute that is not allowed \("onclick"\)/,
    ],
    [doc(text("bare text in doc")), /structure is not valid/],
    [doc({ type: "bulletList", content: [p(text("not in a list item"))] }), /structure is not valid/],
    [{ type: "paragraph" }, /must be a rich-text document/],
    ["<p>html</p>", /must be a rich-text document/],
    [doc(p(text("a".repeat(70_000)))), /too long/],
  ])("rejects %j", (input, message) => reject(input, message));

  it("accepts the attributes exactly as the editor writes them, defaults included", () => {
    const link = { href: "https://example.org", target: null, rel: "noopener noreferrer nofollow ugc", class: null };
    const { doc: valid } = validateRichText(
      doc(
        { type: "heading", attrs: { level: 3 }, content: [text("Heading")] },
        p(text("x", [{ type: "link", attrs: { ...link, title: null } }])),
        {
          type: "orderedList",
          attrs: { start: 3, type: null },
          content: [{ type: "listItem", content: [p(text("c"))] }],
        },
        { type: "codeBlock", attrs: { language: null }, content: [text("x")] },
        p({ type: "mention", attrs: { id: "u1", label: "Rita", mentionSuggestionChar: "@" } }),
      ),
    );
    expect(valid.content).toHaveLength(5);
  });

  const link = (attrs: Record<string, unknown>) =>
    doc(p(text("x", [{ type: "link", attrs: { href: "https://example.org", ...attrs } }])));
  const ordered = (attrs: Record<string, unknown>) =>
    doc({ type: "orderedList", attrs, content: [{ type: "listItem", content: [p(text("c"))] }] });
  it.each([
    [link({ class: "evil-overlay" }), /value for "class"/],
    [link({ target: "_top" }), /value for "target"/],
    [link({ rel: "opener" }), /value for "rel"/],
    [link({ title: "x" }), /value for "title"/],
    [doc({ type: "heading", attrs: { level: "2" }, content: [text("h")] }), /value for "level"/],
    [doc({ type: "heading", attrs: { level: 1 }, content: [text("h")] }), /value for "level"/],
    [doc({ type: "heading", content: [text("h")] }), /needs its "level"/],
    [ordered({ start: '1" onmouseover="alert(1)' }), /value for "start"/],
    [ordered({ start: 0 }), /value for "start"/],
    [ordered({ start: 1.5 }), /value for "start"/],
    [ordered({ type: 'x" onmouseover' }), /value for "type"/],
    [doc({ type: "codeBlock", attrs: { language: '"><script>' }, content: [text("x")] }), /value for "language"/],
    [doc(p({ type: "mention", attrs: { id: { $ne: 1 }, label: "R" } })), /value for "id"/],
  ])("refuses attribute values the editor never writes: %j", (input, message) => reject(input, message));

  it("limits nesting depth", () => {
    let node: unknown = p(text("deep"));
    for (let i = 0; i < 12; i++) node = { type: "blockquote", content: [node] };
    reject(doc(node), /nested too deeply/);
  });

  it("keeps text like <img onerror> as inert text", () => {
    const { doc: valid } = validateRichText(doc(p(text("<img src=x onerror=alert(1)>"))));
    expect(JSON.stringify(valid)).toContain("<img src=x onerror=alert(1)>");
  });
});
