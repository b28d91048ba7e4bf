import type { RichTextNode } from "./types";

const TEXTBLOCKS = new Set(["paragraph", "heading", "codeBlock"]);

/**
 * The plain text of a document: each text block (paragraph, heading, code block) on its own line. It is the
 * coordinate space of W3C TextPositionSelectors, so it must stay stable.
 */
export function plainText(doc: RichTextNode): string {
  const lines: string[] = [];
  const walk = (node: RichTextNode) => {
    if (TEXTBLOCKS.has(node.type)) {
      lines.push(inlineText(node));
      return;
    }
    node.content?.forEach(walk);
  };
  walk(doc);
  return lines.join("\n");
}

export function inlineText(node: RichTextNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return " ";
  if (node.type === "mention") return `@${node.attrs?.label ?? node.attrs?.id ?? ""}`;
  return (node.content ?? []).map(inlineText).join("");
}
