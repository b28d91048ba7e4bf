import { marked } from "marked";
import { parseHtmlFragment } from "./parse-html";
import type { ParsedDocument } from "./parse-text";

/** CommonMark + GFM through marked, then the same path as an HTML import (raw HTML in Markdown is sanitised there). */
export function parseMarkdown(source: string): ParsedDocument {
  return parseHtmlFragment(marked.parse(source, { gfm: true, async: false }));
}
