import { split } from "sentence-splitter";
import type { TextBlock } from "@/lib/rich-text/text-blocks";

export interface Segment {
  /** TextPositionSelector over the document's plain text. */
  start: number;
  end: number;
  exact: string;
  section: string | null;
}

/** Abbreviations sentence-splitter may still end a sentence on; the next piece is glued back on. */
const TRAILING_ABBREVIATION =
  /\b(approx|cf|fig|figs|no|nos|vol|ca|resp|incl|esp|vs|etc|al|e\.g|i\.e|dr|prof|mr|mrs|ms|st|jr|sr)\.$/i;
/** "Label: sentence" list items (the label is context, not a claim). */
const LIST_LABEL = /^([^.:!?]{2,60}):\s+(?=\S)/;
const MIN_CLAIM_LETTERS = 12;

/** Too short to assert anything, or a lead-in to a list such as "These therapies:". */
function isAssertion(sentence: string): boolean {
  if ((sentence.match(/\p{L}/gu)?.length ?? 0) < MIN_CLAIM_LETTERS) return false;
  return !(sentence.endsWith(":") && sentence.split(/\s+/).length < 4);
}

function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const node of split(text)) {
    if (node.type !== "Sentence") continue;
    const [start, end] = node.range;
    const previous = out.at(-1);
    if (previous && TRAILING_ABBREVIATION.test(text.slice(previous.start, previous.end))) previous.end = end;
    else out.push({ start, end });
  }
  return out;
}

/** Trims white space off a range of `text`. */
function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Splits paragraphs and list items into assertions: one per sentence, never on abbreviations, decimals or names such
 * as "TNF-α". Headings and code are not claims; a list item's leading "Label:" is left out of its claim.
 */
export function segment(blocks: TextBlock[]): Segment[] {
  const segments: Segment[] = [];
  for (const block of blocks) {
    if (block.node.type !== "paragraph") continue;
    let offset = 0;
    if (block.inList) {
      const label = LIST_LABEL.exec(block.text);
      if (label) offset = label[0].length;
    }
    const body = block.text.slice(offset);
    for (const sentence of sentences(body)) {
      const { start, end } = trimRange(block.text, offset + sentence.start, offset + sentence.end);
      const exact = block.text.slice(start, end);
      if (!isAssertion(exact)) continue;
      segments.push({ start: block.start + start, end: block.start + end, exact, section: block.section });
    }
  }
  return segments;
}
