import { split } from "sentence-splitter";
import { inlineText } from "@/lib/rich-text/plain-text";
import type { TextBlock } from "@/lib/rich-text/text-blocks";

/** What a reader knows when they reach a sentence: the tier suggester judges a claim with it. */
export interface SegmentContext {
  /** Headings above the sentence, outermost first. */
  headings: string[];
  /** The sentence ending with ":" that introduces the sentence's list (or its "Label:" inside the item). */
  leadIn: string | null;
  /** Earlier sentences of the same paragraph, nearest last. */
  previous: string[];
  /** Index of the paragraph (or list item) the sentence belongs to. */
  paragraph: number;
}

export interface Segment {
  /** TextPositionSelector over the document's plain text. */
  start: number;
  end: number;
  exact: string;
  section: string | null;
  context: SegmentContext;
}

/** Abbreviations sentence-splitter may still end a sentence on, that never end one: the next piece is glued back on. */
const TRAILING_ABBREVIATION = /\b(approx|cf|ca|resp|incl|esp|vs|e\.g|i\.e|dr|prof|mr|mrs|ms|st)\.$/i;
/**
 * What may end a sentence or only abbreviate a word ("no.", "etc.", "6 wk.", "500 mg.", "in the U.S.", "i.p.",
 * "tested..."): a sentence starts with a capital, so the piece is glued on only when the next one starts in lower case
 * or with a digit.
 */
const AMBIGUOUS_STOP =
  /(?:\b(?:fig|figs|no|nos|vol|etc|al|jr|sr|inc|ltd|co|corp|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|wk|wks|hr|hrs|min|mins|yr|yrs|mo|est|dept|univ|approx)|\d\s?\p{L}{1,4}|(?:\b\p{L}\.){2,}|\.\.|…)\.?$/iu;
const CONTINUES = /^["“‘([]?[\p{Ll}0-9]/u;
/**
 * A country's or body's initials ("U.S.", "U.K.", "E.U.") before a proper name ("…cleared by the U.S. Food and Drug
 * Administration."): the name, capitals and linking words only, is the same sentence; "…in the U.S. The company…" is
 * not.
 */
const INITIALISM = /(?:\b\p{Lu}\.){2,}$/u;
const PROPER_NAME_ENDING =
  /^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|for|the|on|in|&)\s+)*\p{Lu}[\p{L}'’-]*)*[.!?]["”’)]*$/u;
/** "Label: sentence" list items (the label is context, not a claim). */
const LIST_LABEL = /^([^.:!?]{2,60}):\s+(?=\S)/;
/**
 * "Results: …", "Cellular Energy: …": a short label opening a sentence in running text (context, not claim), one word
 * or in title case; a phrase in lower case is the sentence's own start ("Just to add: LDN must not…").
 */
const SENTENCE_LABEL = /^(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,2}):\s+(?=\S)/u;
/** An emoji with its modifiers and joiners ("☕️", "👍🏽", "🔥🔥"); "©", "®" and "™" are pictographs too, not emoji. */
const EMOJI = "(?![©®™])\\p{Extended_Pictographic}[\\p{Extended_Pictographic}\\p{M}\\u200d]*";
/**
 * A reference or footnote mark after a sentence's full stop: "[3]", "[2, 5–7]", Markdown's "[^3]", "²", "*", "†", or
 * a superscript that lost its formatting in the text, digits straight after a word's stop ("…in mice.12 A trial…").
 */
const REFERENCE_MARK = "(?:\\[\\^?\\d[\\d,–\\s-]*\\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\\*+|[†‡])";
const BARE_REFERENCE = "(?<=[\\p{L})])[.!?]\\d{1,3}(?:[,–-]\\d{1,3})*";
/**
 * Where sentence-splitter runs two sentences together: a full stop inside a closing quote (`…dementia." Its chief…`,
 * `…years.” — Daniel`), before a reference mark (`…in cells.[3] The next…`, `…in cells.² The next…`) and after a
 * number (`…in 2027. The company…`), and an emoji standing for the stop before a capital (`…way faster 💪 Anyone
 * else…`; `…heartburn 🤢 so mornings…` goes on).
 */
const MISSED_STOP = new RegExp(
  `([.!?](?:["”’»']|${REFERENCE_MARK})|${BARE_REFERENCE}|\\d[.!?]|${EMOJI})\\s+(?=["“‘«]?[\\p{Lu}0-9]|[—–])`,
  "gu",
);
/**
 * Stops sentence-splitter reads as abbreviations though a sentence starts after them: an acronym's before a word in
 * sentence case (`…patients with MS. All improved.`; `ST. LOUIS` is not one), and an ellipsis character's before a
 * capital, as "..." already is (`It helped… Or so they said.`).
 */
const ACRONYM_OR_ELLIPSIS_STOP = /(?:\b\p{Lu}{2,6}[.!?]|…)(?=\s+["“‘«]?\p{Lu}\p{Ll})/gu;
/** A closing quote sentence-splitter left at the start of the next piece (`“Will it help?` + `” she asked.`). */
const CLOSING_QUOTES = /^[”’»]+/;
/** A stop inside a quotation ("I used to catch every cold. Not this winter!"): sentence-splitter keeps quotes whole. */
const STOP_BEFORE_CAPITAL = /[.!?]\s+(?=\p{Lu})/gu;
/** An initial ("A. B. Smith") or a title's abbreviation before a stop: no sentence ends there. */
const INITIAL = /(?:^|[\s(“"])\p{Lu}\.$/u;
/**
 * How a sentence ends: its stop, then closing quotes or brackets, or a reference mark; in informal writing an emoji
 * or a chat word can stand for the stop ("Best thing I've ever taken 🙌", "…it'll be a cancer drug as well lol").
 */
const SENTENCE_END = new RegExp(
  `(?:[.!?…](?:["”’')\\]]*|${REFERENCE_MARK})|${BARE_REFERENCE}|\\p{Extended_Pictographic}[\\p{Extended_Pictographic}\\p{M}\\u200d\\s]*|\\s(?:lol|lmao|haha+|tbh|imo|imho))$`,
  "u",
);
/** Whether a sentence ends like one (see SENTENCE_END), not like a menu item, a button or a heading. */
export const endsLikeSentence = (sentence: string) => SENTENCE_END.test(sentence);
const MIN_CLAIM_LETTERS = 12;
/** A short sentence still asserts something when it ends like one ("Yes.", "No.", "Maybe.", "Fair enough."). */
const MIN_SENTENCE_LETTERS = 3;
const ANSWER_NO = /^no[.!]$/i;
/**
 * Page furniture that survives extraction (or comes with scraped text): rights, disclaimers and boilerplate, bylines
 * and review dates, log-in prompts, cookie banners.
 */
const BYLINE = /^By \p{Lu}\p{L}+ \p{Lu}\p{L}+,/u;
const FURNITURE = new RegExp(
  [
    "^(©|\\(c\\)\\s|copyright\\b|disclosure:|media contact|press contact|investor contact|\\[\\^\\d+\\]:)",
    "all rights reserved|affiliate links?|earn a commission|forward-looking statements|results may differ materially",
    "not been evaluated by the (?:food and drug|fda)|not intended to diagnose|for (?:general )?information only",
    "does not replace (?:medical )?advice|not a substitute for (?:professional |medical )*advice|substitute for a varied diet",
    "was (?:amended|updated|corrected) on|^last (?:updated|reviewed)\\b|^(?:medically )?reviewed by\\b",
    "log in or register|\\bmin read\\b|^click to expand|receiving this (?:email|because)|^sign up to our",
    "conflicts? of interest|editorially independent|we use cookies|by continuing to (?:browse|use)",
  ].join("|"),
  "iu",
);
/** A list of authors as abstracts give it ("Nakamura H, O'Brien S, Hale R.", "Ferreira M, Adeyemi T, et al."). */
const AUTHOR_LIST = /^(?:\p{Lu}[\p{L}'’-]+ \p{Lu}{1,3},\s*)+(?:\p{Lu}[\p{L}'’-]+ \p{Lu}{1,3}|et al)\.?$/u;
/**
 * Metadata lines joined by middle dots or breadcrumb arrows ("Moderator · 3,912 posts", "Home › Forums ›
 * Supplements"), or the tail of one ("· Children's Hospital, London, Ont.").
 */
const METADATA_LINE = /\s[·›]\s/;
const METADATA_TAIL = /^[·›]\s/;
/** A price list's or a table of contents' dot leaders ("Single session .......... $250"). */
const DOT_LEADERS = /\p{L}\s*\.{4,}\s*[\p{N}$€£]/u;
/** A table row (see parse-html.ts): its cells are joined by this, and it is one claim though it has no full stop. */
export const TABLE_CELL_SEPARATOR = " | ";

/** Why a sentence is not made a claim (the evaluation's boundary report names it too). */
export type NotAssertion = "too short" | "lead-in" | "furniture" | "metadata line" | "links" | "no sentence end";

/**
 * Too short to assert anything, page furniture, a lead-in to a list ("Some enthusiasts go further:"), or a line of
 * running text with no sentence ending at all (a menu item, a button, a scraped heading); null for an assertion.
 */
export function notAssertion(sentence: string, block: TextBlock): NotAssertion | null {
  const letters = sentence.match(/\p{L}/gu)?.length ?? 0;
  const ended = endsLikeSentence(sentence);
  if (letters < (ended ? MIN_SENTENCE_LETTERS : MIN_CLAIM_LETTERS) && !ANSWER_NO.test(sentence)) return "too short";
  if (sentence.endsWith(":")) return "lead-in";
  if (FURNITURE.test(sentence) || BYLINE.test(sentence) || AUTHOR_LIST.test(sentence) || DOT_LEADERS.test(block.text))
    return "furniture";
  if (METADATA_TAIL.test(sentence) || (METADATA_LINE.test(block.text) && block.text.split(/\s+/).length <= 12))
    return "metadata line";
  if (linksOnly(block)) return "links";
  return ended || block.inList || block.text.includes(TABLE_CELL_SEPARATOR) ? null : "no sentence end";
}

/**
 * A block that is links and nothing else but a label and separators ("Related: [Melatonin for jet lag?](…) · [Can
 * cherry juice help you sleep?](…)"): a menu or a list of other articles, whose titles the article does not assert.
 */
function linksOnly(block: TextBlock): boolean {
  const nodes = block.node.content ?? [];
  const linked = (n: (typeof nodes)[number]) => n.marks?.some((m) => m.type === "link");
  if (!nodes.some(linked)) return false;
  const rest = nodes
    .filter((n) => !linked(n))
    .map(inlineText)
    .join(" ");
  return !/\p{L}/u.test(rest.replace(/^[^:]{1,30}:/, ""));
}

/** Whether a position of `piece` lies inside a quotation (straight quotes pair up; curly ones open and close). */
function insideQuotes(piece: string, at: number): boolean {
  const before = piece.slice(0, at);
  const straight = before.match(/"/g)?.length ?? 0;
  const opened = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  return straight % 2 === 1 || opened > 0;
}

/** Splits a piece further where sentence-splitter missed a sentence end. */
function splitMissed(text: string, start: number, end: number, out: { start: number; end: number }[]) {
  const piece = text.slice(start, end);
  const cuts = [...piece.matchAll(MISSED_STOP)].map((m) => m.index + m[1]!.length);
  for (const m of piece.matchAll(ACRONYM_OR_ELLIPSIS_STOP)) cuts.push(m.index + m[0].length);
  for (const m of piece.matchAll(STOP_BEFORE_CAPITAL)) {
    const before = piece.slice(0, m.index + 1);
    if (insideQuotes(piece, m.index) && !INITIAL.test(before) && !TRAILING_ABBREVIATION.test(before))
      cuts.push(m.index + 1);
  }
  let from = start;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    out.push({ start: from, end: start + cut });
    from = start + cut;
  }
  out.push({ start: from, end });
}

function sentences(text: string): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  for (const node of split(text)) {
    if (node.type !== "Sentence") continue;
    let [start, end] = node.range;
    const previous = pieces.at(-1);
    const before = previous && text.slice(previous.start, previous.end);
    let piece = text.slice(start, end).trim();
    // The closing quote goes with the quotation; what follows it in lower case ("she asked") is the same sentence.
    const closing = previous && CLOSING_QUOTES.exec(text.slice(start, end));
    if (closing) {
      previous.end = start + closing[0].length;
      start = previous.end;
      piece = text.slice(start, end).trim();
      if (!piece) continue;
    }
    const glued =
      before &&
      (TRAILING_ABBREVIATION.test(before) ||
        (closing && CONTINUES.test(piece)) ||
        (AMBIGUOUS_STOP.test(before) && CONTINUES.test(piece)) ||
        (INITIALISM.test(before.trimEnd()) && PROPER_NAME_ENDING.test(piece)));
    if (glued) previous.end = end;
    else pieces.push({ start, end });
  }
  const out: { start: number; end: number }[] = [];
  for (const piece of pieces) splitMissed(text, piece.start, piece.end, out);
  return out;
}

/** Where a block's text is bold, as [start, end) ranges of `block.text`. */
function boldRanges(block: TextBlock): [number, number][] {
  const ranges: [number, number][] = [];
  let at = 0;
  for (const node of block.node.content ?? []) {
    const length = inlineText(node).length;
    if (node.marks?.some((m) => m.type === "bold")) ranges.push([at, at + length]);
    at += length;
  }
  return ranges;
}

/**
 * A sentence's opening "Label:" in running text: one word or in title case (SENTENCE_LABEL), or any short phrase set
 * in bold ("**Reader question:** I'm 52…", "**Primary outcome:** …"), as a label is typeset.
 */
function sentenceLabel(full: string, start: number, bold: [number, number][]): RegExpExecArray | null {
  const label = SENTENCE_LABEL.exec(full);
  if (label) return label;
  const phrase = LIST_LABEL.exec(full);
  if (!phrase) return null;
  const end = start + phrase[1]!.length;
  return bold.some(([from, to]) => from <= start && end <= to) ? phrase : null;
}

/** Words compared when looking for a repeat: letters and digits only, so punctuation and emoji do not count. */
const REPEAT_HEAD = 20;
const wordsOf = (sentence: string) => sentence.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * Whether a sentence repeats an earlier one of its section, whole or its beginning ("…lived approx. 10% longer..."): a
 * forum post quoting another, a pull quote. The claim is the first; a short one ("Yes.") may well be said twice. Earlier
 * sentences are indexed by their first words, so an article of thousands of sentences is not compared pairwise.
 */
function repeatFinder(): (sentence: string) => boolean {
  const said = new Map<string, string[]>();
  return (sentence) => {
    const words = wordsOf(sentence);
    if (words.length < REPEAT_HEAD) return false;
    const head = words.slice(0, REPEAT_HEAD);
    const earlier = said.get(head);
    if (earlier?.some((e) => e.startsWith(words))) return true;
    if (earlier) earlier.push(words);
    else said.set(head, [words]);
    return false;
  };
}

/** Trims white space off a range of `text`. */
function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Splits paragraphs and list items into assertions: one per sentence, never on abbreviations, decimals or names such
 * as "TNF-α". Headings and code are not claims, nor is a sentence repeating an earlier one; a sentence ending with
 * ":" is the lead-in of what follows, and the leading "Label:" of a list item or a sentence is left out of its claim:
 * both are kept as the claims' context.
 */
export function segment(blocks: TextBlock[]): Segment[] {
  const segments: Segment[] = [];
  const headings: { level: number; text: string }[] = [];
  let leadIn: string | null = null;
  let previousInList = false;
  let repeats = repeatFinder();
  blocks.forEach((block, paragraph) => {
    if (block.node.type === "heading") {
      const level = Number(block.node.attrs?.level ?? 2);
      // A quotation repeats a sentence of its own section; one restated under another section is met again.
      if (level <= 2) repeats = repeatFinder();
      while (headings.length && headings.at(-1)!.level >= level) headings.pop();
      headings.push({ level, text: block.text });
      leadIn = null;
      return;
    }
    if (block.node.type !== "paragraph") return;
    // A lead-in introduces the list below it, or else only the paragraph right after it.
    if (!block.inList && previousInList) leadIn = null;
    previousInList = block.inList;
    let offset = 0;
    let itemLeadIn = leadIn;
    if (!block.inList) leadIn = null;
    if (block.inList) {
      const label = LIST_LABEL.exec(block.text);
      if (label) {
        offset = label[0].length;
        itemLeadIn = leadIn ? `${leadIn} ${label[1]}:` : `${label[1]}:`;
      }
    }
    const bold = boldRanges(block);
    const body = block.text.slice(offset);
    const previous: string[] = [];
    for (const sentence of sentences(body)) {
      let { start, end } = trimRange(block.text, offset + sentence.start, offset + sentence.end);
      const full = block.text.slice(start, end);
      if (full.endsWith(":")) leadIn = full;
      const label = sentenceLabel(full, start, bold);
      if (label) start += label[0].length;
      const exact = block.text.slice(start, end);
      if (notAssertion(exact, block) === null && !repeats(exact)) {
        segments.push({
          start: block.start + start,
          end: block.start + end,
          exact,
          section: block.section,
          context: {
            headings: headings.map((h) => h.text),
            leadIn: label ? `${label[1]}:` : itemLeadIn,
            previous: [...previous],
            paragraph,
          },
        });
      }
      previous.push(exact);
    }
  });
  return segments;
}
