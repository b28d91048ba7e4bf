import { inlineText } from "./plain-text";
import type { RichTextNode } from "./types";

export interface TextBlock {
  node: RichTextNode;
  text: string;
  /** Offset of the block's first character in the document's plain text. */
  start: number;
  /** The nearest heading above the block (its text), if any. */
  section: string | null;
  /** Whether the block sits inside a list item. */
  inList: boolean;
}

const TEXTBLOCKS = new Set(["paragraph", "heading", "codeBlock"]);

/** Every text block with its offset in `plainText(doc)` (blocks are joined by one newline there). */
export function textBlocks(doc: RichTextNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  let offset = 0;
  let section: string | null = null;
  const walk = (node: RichTextNode, inList: boolean) => {
    if (TEXTBLOCKS.has(node.type)) {
      const text = inlineText(node);
      if (node.type === "heading") section = text;
      blocks.push({ node, text, start: offset, section, inList });
      offset += text.length + 1;
      return;
    }
    for (const child of node.content ?? []) walk(child, inList || node.type === "listItem");
  };
  walk(doc, false);
  return blocks;
}
