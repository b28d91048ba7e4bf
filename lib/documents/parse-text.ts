import type { RichTextDoc, RichTextNode } from "@/lib/rich-text/types";

export interface ParsedDocument {
  /** The first heading, when the text starts with one (used as the title unless one is given). */
  title: string | null;
  body: RichTextDoc;
}

const BULLET = /^\s*[•·▪◦*‣●○■□►▸➤→✓✔✅☑👉-]\uFE0F?\s+/u;
/** "1. Take it daily." / "2) Lower blood pressure": a numbered list's item. */
const NUMBERED = /^\s*\d{1,2}[.)]\s+/;
const SLUG_LINE = /^[a-z0-9][a-z0-9._-]*$/;
/**
 * A hard-wrapped line: no stop at its end, and the next line goes on in lower case ("…may be less likely to
 * develop" / "dementia, according to…"). The two are one paragraph.
 */
const WRAPPED = /[\p{L}\p{N},;\-–—]$/u;
const GOES_ON = /^\p{Ll}/u;
/** A wrapped line is a line of prose: a user name or a label above a post in lower case is not. */
const MIN_WRAPPED_WORDS = 5;
/**
 * A text hard-wrapped at a column (press releases, e-mailed newsletters: 60–100 characters) has most of its long
 * lines ending near that column, a ragged margin no longer than a long word; a scraped page's lines are whole
 * paragraphs of any length.
 */
const MAX_WRAP_WIDTH = 120;
const RAGGED_MARGIN = 12;
const MIN_LINES_AT_MARGIN = 5;
/** "a. Secretion of ..." is a sub-section in the scraped articles this format comes from. */
const SUBSECTION = /^[a-z]\.\s/i;

/**
 * The column the text is hard-wrapped at, or null when it is not: at least five lines end within the ragged margin
 * of the longest line (at most MAX_WRAP_WIDTH long), and they are most of the lines longer than half of it.
 */
function wrapWidth(lines: string[]): number | null {
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0);
  const width = Math.max(0, ...lengths);
  if (width > MAX_WRAP_WIDTH) return null;
  const long = lengths.filter((n) => n > width / 2);
  const atMargin = long.filter((n) => n >= width - RAGGED_MARGIN).length;
  return atMargin >= MIN_LINES_AT_MARGIN && atMargin * 2 >= long.length ? width : null;
}

const slugKey = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

const text = (value: string): RichTextNode => ({ type: "text", text: value });
const paragraph = (value: string): RichTextNode => ({ type: "paragraph", content: [text(value)] });

/**
 * Reads a plain-text article. Scraped pages mark a heading by following it with its URL slug line ("Animal Model
 * Studies" then "animal-model-studies"); the slug line is dropped. Lines starting with a bullet or a number ("1.",
 * "2)") become list items;
 * every other line is a paragraph, with the lines a hard wrap broke it into joined again: a line is wrapped when the
 * next one goes on in lower case, or, in a text wrapped at a column, when the next line's first word would not have
 * fitted on it (whatever its case: "…the U.S. Food and Drug" / "Administration. It will…").
 */
export function parseText(source: string): ParsedDocument {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: RichTextNode[] = [];
  let title: string | null = null;
  let list = null as RichTextNode | null;
  const width = wrapWidth(lines);

  const nextNonBlank = (from: number) => {
    for (let j = from; j < lines.length; j++) if (lines[j]!.trim()) return j;
    return -1;
  };

  const wrapped = (last: string, next: string) => {
    if (!next || BULLET.test(next)) return false;
    if (width !== null && last.length + 1 + next.split(/\s/)[0]!.length > width) return true;
    return WRAPPED.test(last) && last.split(/\s+/).length >= MIN_WRAPPED_WORDS && GOES_ON.test(next);
  };
  /** Line `i` with the lines a hard wrap broke it into; returns the text and the last line's index. */
  const unwrap = (i: number, first: string): [string, number] => {
    let joined = first;
    while (wrapped(lines[i]!.trim(), lines[i + 1]?.trim() ?? "")) {
      i++;
      joined = `${joined} ${lines[i]!.trim()}`;
    }
    return [joined, i];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const marker = BULLET.exec(lines[i]!) ?? NUMBERED.exec(lines[i]!);
    if (marker) {
      const kind = BULLET.test(lines[i]!) ? "bulletList" : "orderedList";
      const [joined, last] = unwrap(i, lines[i]!.slice(marker[0].length).trim());
      i = last;
      if (list?.type !== kind) {
        list = { type: kind, content: [] };
        blocks.push(list);
      }
      list.content!.push({ type: "listItem", content: [paragraph(joined)] });
      continue;
    }
    list = null;
    const slugAt = nextNonBlank(i + 1);
    const slug = slugAt >= 0 ? lines[slugAt]!.trim() : "";
    if (slugAt >= 0 && SLUG_LINE.test(slug) && slugKey(slug) === slugKey(line) && slugKey(line)) {
      i = slugAt;
      if (title === null && blocks.length === 0) {
        title = line;
        continue;
      }
      blocks.push({ type: "heading", attrs: { level: SUBSECTION.test(line) ? 3 : 2 }, content: [text(line)] });
      continue;
    }
    const [joined, last] = unwrap(i, line);
    i = last;
    blocks.push(paragraph(joined));
  }
  return { title, body: { type: "doc", content: blocks } };
}
