import type { RichTextNode } from "@/lib/rich-text/types";

/** A piece of text, linked when the writer linked it (links are http(s)/mailto only: the rich-text check). */
export interface Inline {
  text: string;
  href?: string;
}
/** One paragraph of what someone wrote; list items start with a bullet. */
export type RichParagraph = Inline[];

const BLOCKS = new Set(["paragraph", "heading", "codeBlock"]);

/**
 * What people wrote (notes, rationales, comments) as paragraphs of text runs with their links, so every export
 * keeps the paragraphs and the links instead of one joined line.
 */
export function richParagraphs(doc: RichTextNode | null | undefined): RichParagraph[] {
  if (!doc) return [];
  const paragraphs: RichParagraph[] = [];
  const inline = (node: RichTextNode, into: Inline[]) => {
    if (node.type === "text") {
      const href = node.marks?.find((m) => m.type === "link")?.attrs?.href;
      const last = into.at(-1);
      if (typeof href === "string") into.push({ text: node.text ?? "", href });
      else if (last && !last.href) last.text += node.text ?? "";
      else into.push({ text: node.text ?? "" });
      return;
    }
    if (node.type === "hardBreak") return inline({ type: "text", text: " " }, into);
    if (node.type === "mention")
      return inline({ type: "text", text: `@${node.attrs?.label ?? node.attrs?.id ?? ""}` }, into);
    for (const child of node.content ?? []) inline(child, into);
  };
  const walk = (node: RichTextNode, bullet: string | null) => {
    if (BLOCKS.has(node.type)) {
      const runs: Inline[] = bullet ? [{ text: bullet }] : [];
      inline(node, runs);
      if (runs.some((r) => r.text.trim())) paragraphs.push(runs.flatMap(autolink));
      return;
    }
    if (node.type === "listItem") {
      for (const [i, child] of (node.content ?? []).entries()) walk(child, i === 0 ? (bullet ?? "• ") : null);
      return;
    }
    if (node.type === "orderedList") {
      for (const [i, item] of (node.content ?? []).entries()) walk(item, `${Number(node.attrs?.start ?? 1) + i}. `);
      return;
    }
    for (const child of node.content ?? []) walk(child, null);
  };
  walk(doc, null);
  return paragraphs;
}

// A bare address someone typed without making it a link; trailing punctuation stays outside it.
const BARE_URL = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'’”]/g;

/** Addresses typed as plain text become links too (every format then links them the same way). */
function autolink(run: Inline): Inline[] {
  if (run.href || !/https?:\/\//.test(run.text)) return [run];
  const pieces: Inline[] = [];
  let cursor = 0;
  for (const m of run.text.matchAll(BARE_URL)) {
    if (m.index > cursor) pieces.push({ text: run.text.slice(cursor, m.index) });
    pieces.push({ text: m[0], href: m[0] });
    cursor = m.index + m[0].length;
  }
  if (cursor < run.text.length) pieces.push({ text: run.text.slice(cursor) });
  return pieces;
}

/**
 * A paragraph as plain text, links written out after their text unless the text already shows the address (a bare
 * link, or a reference that ends in its DOI).
 */
export const paragraphText = (paragraph: RichParagraph) =>
  paragraph.map((r) => (r.href && !r.text.includes(r.href) ? `${r.text} (${r.href})` : r.text)).join("");
