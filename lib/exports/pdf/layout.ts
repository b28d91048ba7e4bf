import "server-only";
import bidiFactory from "bidi-js";
import { LRUCache } from "lru-cache";
import { advanceOf, asciiAdvances, asciiFont, type FontName, fontFor, PRINTABLE_ASCII, type TextStyle } from "./fonts";
import { type GlyphRun, glyphRun, glyphRunsContent, wordGeneration, wordNumbers } from "./glyph-runs";
import { beginContent, endContent, type StructElement } from "./structure";

const bidi = bidiFactory();
type EmbeddingLevels = ReturnType<typeof bidi.getEmbeddingLevels>;

/** A run of text in one style; `highlight` paints behind it (claims), `link` makes it a live link. */
export interface Span {
  text: string;
  style: TextStyle;
  size: number;
  color?: string;
  highlight?: string;
  link?: string;
  /** A named destination in the document to jump to. */
  goTo?: string;
}

export interface ParagraphOptions {
  /** Left indent for every line (lists, replies). */
  indent?: number;
  /** Space after the paragraph, in points. */
  gap?: number;
  /** The structure element (tagged PDF) the paragraph's lines are marked content of. */
  struct?: StructElement;
  /** Points of what follows that must be on the same page (a heading's first lines of text). */
  keepWith?: number;
}

const KEEP_FOR_SPACES = new Set<FontName>(["arabic", "arabicBold", "hebrew", "hebrewBold", "cjk"]);
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
/** Which UTF-16 code units are white space (JavaScript's \s), as a table: line breaking tests every character. */
const SPACES = new Uint8Array(0x10000);
for (let c = 0; c < SPACES.length; c++) SPACES[c] = /\s/.test(String.fromCharCode(c)) ? 1 : 0;
const isSpace = (text: string, i: number) => SPACES[text.charCodeAt(i)] === 1;

/**
 * pdfkit lays text out word by word unless features are given, which puts the words of a right-to-left run in
 * left-to-right order: a right-to-left run is laid out whole (an empty feature list keeps fontkit's defaults).
 */
const WHOLE_RUN = { features: [] as PDFKit.Mixins.OpenTypeFeatures[] };
const isRtlRun = (text: string) => RTL_LETTER.test(text);

/**
 * Options pdfkit's text() reads though its types do not list them. Unless given, it lays each run out again to
 * measure it (`textWidth`: the width measured here, with the same font, size and features; 0 where nothing needs it)
 * and counts its words for word spacing (`wordCount`: none is used, so the count changes nothing).
 */
interface TextWidthOptions {
  textWidth: number;
  wordCount: number;
}

/**
 * The fill colour last set on each page by drawParagraph (other drawing on it must go through here too). By page: a
 * page starts in black whatever the page before it ended in, so a link broken across pages is blue on both.
 */
const currentColor = new WeakMap<object, string>();

const widths = new Map<string, number>();
function widthOf(pdf: PDFKit.PDFDocument, text: string, font: FontName, size: number) {
  const key = `${font}\u0000${size}\u0000${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    w = pdf
      .font(font)
      .fontSize(size)
      .widthOfString(text, isRtlRun(text) ? WHOLE_RUN : {});
    if (widths.size > 50_000) widths.clear();
    widths.set(key, w);
  }
  return w;
}

/** One run of a laid-out line: text of one span (its index), font and direction. */
interface LineRun {
  span: number;
  font: FontName;
  text: string;
  /** The run's word numbers for glyphRun (glyph-runs.ts), or null where pdfkit's text() draws it (right to left). */
  words: number[] | null;
}

/** A paragraph laid out at a width: its lines, each its runs in visual order. */
interface ParagraphLayout {
  lines: LineRun[][];
  /** The paragraph's base direction is right to left: its lines are right-aligned. */
  rtl: boolean;
  /** The generation of the word numbers its runs hold (glyph-runs.ts). */
  generation: number;
}

/**
 * Each paragraph's layout, kept for the life of the process (the export worker's) by everything it depends on: its
 * spans' texts, styles and sizes and the width. The same paragraph is laid out alike in every export, and a long
 * document's paragraphs (its discussion, its reviews) are mostly unchanged between two exports. Bounded; least
 * recently used dropped first.
 */
const layouts = new LRUCache<string, ParagraphLayout>({ max: 100_000 });
function keptLayout(pdf: PDFKit.PDFDocument, spans: Span[], width: number): ParagraphLayout {
  // Each text prefixed by its length: no two different paragraphs give the same key.
  let key = String(width);
  for (const s of spans) key += `|${s.style}|${s.size}|${s.text.length}|${s.text}`;
  let layout = layouts.get(key);
  if (!layout || layout.generation !== wordGeneration()) {
    layout = layOut(pdf, spans, width);
    // The numbering started again while this paragraph was numbered: once more, in the new generation.
    if (layout.generation !== wordGeneration()) layout = layOut(pdf, spans, width);
    layouts.set(key, layout);
  }
  return layout;
}

/** A paragraph being laid out: its text, and per code unit its span and font (layOut's helpers read them). */
interface Paragraph {
  pdf: PDFKit.PDFDocument;
  spans: Span[];
  text: string;
  /** The span of each code unit of the text (spanScratch: longer than the text). */
  spanAt: Uint16Array;
  /** Where each span ends in the text. */
  spanEnd: number[];
  /** Per span, the one font of a span of printable ASCII (asciiFont), else null. */
  spanFont: (FontName | null)[];
  /** Per code unit of the spans spanFont does not cover, its font; null when it covers them all (most paragraphs). */
  fontAt: FontName[] | null;
  /** The bidi algorithm's levels, or null where the paragraph has no right-to-left letter. */
  embedding: EmbeddingLevels | null;
  size: number;
}

/**
 * Per code unit of the paragraph being laid out, its span: one buffer for every paragraph, as layOut finishes each
 * before the next and keeps nothing of it (a typed array per paragraph, allocated outside the heap, cost a tenth of
 * a long document's layout).
 */
let spanScratch = new Uint16Array(4096);

/** The font of the code unit at i. */
const fontOf = (p: Paragraph, i: number): FontName => p.spanFont[p.spanAt[i]!] ?? p.fontAt![i]!;

// layOut's helpers are functions of their own, not closures made per paragraph: layOut runs for each of a long
// document's paragraphs, and a closure per call (named by tsx, which the export worker runs under) cost a tenth of it.

/**
 * For line breaking: the sum of the characters' advances (shaping and kerning change it by a hair; the runs of a
 * line are measured whole when it is drawn). Joining Arabic is measured as shaped: its forms differ in width.
 */
function pieceWidth(p: Paragraph, from: number, to: number) {
  const { text, spanAt, spans } = p;
  const span = spanAt[from]!;
  const font = p.spanFont[span];
  if (font && to <= p.spanEnd[span]!) {
    // Printable ASCII in one font (most words): its advances by character code.
    const table = asciiAdvances(font);
    const size = spans[span]!.size;
    let w = 0;
    for (let i = from; i < to; i++) w += table[text.charCodeAt(i)]! * size;
    return w;
  }
  if (p.embedding && RTL_LETTER.test(text.slice(from, to)))
    return widthOf(p.pdf, text.slice(from, to), fontOf(p, from), p.size);
  let w = 0;
  for (let i = from; i < to; i++) {
    const cp = text.codePointAt(i)!;
    w += advanceOf(fontOf(p, i), cp) * spans[spanAt[i]!]!.size;
    if (cp > 0xffff) i++;
  }
  return w;
}

/** Greedy line breaking at spaces (a word longer than the line overflows rather than splitting): [from, to) each. */
function lineBreaks(p: Paragraph, width: number): [number, number][] {
  const { text } = p;
  const breaks: [number, number][] = [];
  let lineStart = 0;
  let lineWidth = 0;
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && !isSpace(text, j)) j++;
    const wordEnd = j;
    while (j < text.length && isSpace(text, j)) j++;
    const w = pieceWidth(p, i, wordEnd);
    if (lineWidth > 0 && lineWidth + w > width) {
      breaks.push([lineStart, i]);
      lineStart = i;
      lineWidth = 0;
    }
    lineWidth += w + pieceWidth(p, wordEnd, j);
    i = j;
  }
  breaks.push([lineStart, text.length]);
  return breaks;
}

const lineRun = (span: number, font: FontName, text: string, rtl: boolean): LineRun => ({
  span,
  font,
  text,
  words: rtl ? null : wordNumbers(font, text),
});

/**
 * A line of a paragraph with right-to-left text: its code units in visual order, then runs of one span, font and
 * direction.
 */
function bidiRuns(p: Paragraph, embedding: EmbeddingLevels, from: number, to: number, runs: LineRun[]) {
  const { text, spanAt } = p;
  const order = Array.from({ length: to - from }, (_, k) => from + k);
  const levels = embedding.levels;
  for (const [s = 0, e = 0] of bidi.getReorderSegments(text, embedding, from, to - 1)) {
    const part = order.slice(s - from, e - from + 1).reverse();
    order.splice(s - from, part.length, ...part);
  }
  const mirrored = bidi.getMirroredCharactersMap(text, embedding.levels, from, to - 1);
  for (let k = 0; k < order.length; ) {
    const i = order[k]!;
    const rtl = levels[i]! % 2 === 1;
    let m = k + 1;
    while (
      m < order.length &&
      spanAt[order[m]!] === spanAt[i] &&
      fontOf(p, order[m]!) === fontOf(p, i) &&
      levels[order[m]!]! % 2 === (rtl ? 1 : 0)
    )
      m++;
    const units = order.slice(k, m);
    let runText: string;
    if (rtl) {
      const logical = text.slice(Math.min(...units), Math.max(...units) + 1);
      // Letters of a right-to-left script: fontkit shapes and reverses the logical text itself. Anything else at a
      // right-to-left level (spaces, punctuation between such words) is drawn as reordered, mirrored where needed.
      runText = RTL_LETTER.test(logical)
        ? logical
        : units
            .map((u) => mirrored.get(u) ?? text[u]!)
            .join("")
            .replace(/([\udc00-\udfff])([\ud800-\udbff])/g, "$2$1");
    } else runText = text.slice(units[0]!, units.at(-1)! + 1);
    runs.push(lineRun(spanAt[i]!, fontOf(p, i), runText, isRtlRun(runText)));
    k = m;
  }
}

/** Left to right throughout: runs of the same span and font, in logical order (no order array per line). */
function logicalRuns(p: Paragraph, from: number, to: number, runs: LineRun[]) {
  const { text, spanAt } = p;
  for (let k = from; k < to; ) {
    let m = k + 1;
    const font = fontOf(p, k);
    // A span in one font is one run (as far as the line goes); others are walked character by character.
    if (p.spanFont[spanAt[k]!]) m = Math.min(to, p.spanEnd[spanAt[k]!]!);
    else while (m < to && spanAt[m] === spanAt[k] && p.fontAt![m] === font) m++;
    runs.push(lineRun(spanAt[k]!, font, text.slice(k, m), false));
    k = m;
  }
}

/**
 * Lays one paragraph out, because pdfkit's own wrapper places words left to right, one font per call: here every
 * character gets a font that has its glyph (fallback per character), lines are broken at spaces, and each line is
 * put in visual order by the Unicode Bidirectional Algorithm (bidi-js), so Arabic and Hebrew read right to left
 * inside left-to-right text and the other way round. A right-to-left run is handed to fontkit whole and in logical
 * order, which shapes it (joining forms) and lays it out right to left.
 */
function layOut(pdf: PDFKit.PDFDocument, spans: Span[], width: number): ParagraphLayout {
  const generation = wordGeneration();
  let text = "";
  for (const s of spans) text += s.text;
  if (spanScratch.length < text.length) spanScratch = new Uint16Array(Math.max(text.length, spanScratch.length * 2));
  const spanAt = spanScratch;
  const spanEnd: number[] = [];
  const spanFont: (FontName | null)[] = [];
  // The font of each code unit: its glyph's font; spaces inside Arabic or Hebrew keep that font (the run stays whole
  // for shaping), other spaces take the style's own font (an emoji font's space is far wider). A span of printable
  // ASCII takes its style's font whole (no lookup per character, and no per-character array when all spans do).
  let fontAt: FontName[] | null = null;
  for (let s = 0, at = 0; s < spans.length; s++) {
    const { text: spanText, style } = spans[s]!;
    const end = at + spanText.length;
    spanAt.fill(s, at, end);
    spanEnd.push(end);
    const whole = PRINTABLE_ASCII.test(spanText) ? asciiFont(style) : null;
    spanFont.push(whole);
    if (!whole) {
      fontAt ??= new Array(text.length);
      for (let i = at; i < end; i++) {
        const cp = text.codePointAt(i)!;
        const prev = i > at ? fontAt[i - 1] : undefined;
        fontAt[i] = isSpace(text, i) && prev && KEEP_FOR_SPACES.has(prev) ? prev : fontFor(cp, style);
        if (cp > 0xffff) fontAt[++i] = fontAt[i - 1]!;
      }
    }
    at = end;
  }
  // Most paragraphs have no right-to-left letter: they skip the bidi algorithm (their visual order is the logical one).
  const embedding = RTL_LETTER.test(text) ? bidi.getEmbeddingLevels(text, "auto") : null;
  let size = 0;
  for (const s of spans) size = Math.max(size, s.size);
  const paragraph: Paragraph = { pdf, spans, text, spanAt, spanEnd, spanFont, fontAt, embedding, size };

  const lines: LineRun[][] = [];
  for (const [from, rawTo] of lineBreaks(paragraph, width)) {
    let to = rawTo;
    while (to > from && isSpace(text, to - 1)) to--;
    if (to === from) continue;
    const runs: LineRun[] = [];
    if (embedding) bidiRuns(paragraph, embedding, from, to, runs);
    else logicalRuns(paragraph, from, to, runs);
    lines.push(runs);
  }
  return { lines, rtl: (embedding?.paragraphs[0]?.level ?? 0) % 2 === 1, generation };
}

/** A line's run as drawn: its span, its glyphs where glyph-runs.ts encodes it, and its width. */
interface MeasuredRun extends LineRun {
  style: Span;
  glyphs: GlyphRun | null;
  width: number;
}

/**
 * Lays out (or finds the layout of) one paragraph and draws it with pdfkit's primitives, a page break wherever a
 * line does not fit. Returns where its first line's top is (on the page it is on), for a link or bookmark to it.
 */
export function drawParagraph(pdf: PDFKit.PDFDocument, spans: Span[], options: ParagraphOptions = {}) {
  let first: number | null = null;
  if (!spans.some((s) => s.text.trim())) return first;
  const left = pdf.page.margins.left + (options.indent ?? 0);
  const width = pdf.page.width - pdf.page.margins.right - left;
  const layout = keptLayout(pdf, spans, width);
  const size = Math.max(...spans.map((s) => s.size));
  const lineHeight = size * 1.45;
  const bottom = pdf.page.height - pdf.page.margins.bottom;
  const count = layout.lines.length;
  if (options.keepWith && pdf.y + count * lineHeight + options.keepWith > bottom) pdf.addPage();
  for (let i = 0; i < count; i++) {
    const line = layout.lines[i]!;
    const room = Math.floor((bottom - pdf.y) / lineHeight);
    // A new page where the line does not fit, and where it would leave a paragraph's first line alone at the foot of a
    // page (an orphan) or its last line alone at the head of the next (a widow, if two lines stay behind).
    if (room < 1 || (room === 1 && ((i === 0 && count > 1) || (i === count - 2 && i >= 2)))) pdf.addPage();
    const top = pdf.y;
    first ??= top;
    // Left-to-right runs are encoded here (glyph-runs.ts), which gives their widths; right-to-left ones are measured
    // by pdfkit where a width is needed (to place the next run, paint a highlight, right-align, size a link's area).
    const measured: MeasuredRun[] = [];
    let total = 0;
    let decorated = false;
    for (let k = 0; k < line.length; k++) {
      const r = line[k]!;
      const style = spans[r.span]!;
      const glyphs = r.words ? glyphRun(pdf, r.font, r.words) : null;
      const width = glyphs
        ? (glyphs.advance * style.size) / 1000
        : k < line.length - 1 || layout.rtl || style.highlight || style.link || style.goTo
          ? widthOf(pdf, r.text, r.font, style.size)
          : 0;
      measured.push({ span: r.span, font: r.font, text: r.text, words: r.words, style, glyphs, width });
      total += width;
      decorated ||= Boolean(style.highlight || style.link || style.goTo);
    }
    const baseline = top + size * 1.1;
    const x = layout.rtl ? left + width - total : left;
    if (decorated) decorate(pdf, measured, x, top, size, baseline);
    // Each line is marked content of the paragraph's structure element (one element per paragraph, not per line).
    if (options.struct) beginContent(pdf, options.struct);
    drawLine(pdf, measured, x, baseline);
    if (options.struct) endContent(pdf);
    pdf.x = pdf.page.margins.left;
    pdf.y = top + lineHeight;
  }
  pdf.y += options.gap ?? 0;
  return first;
}

/**
 * What a line has besides its text, placed by its runs' measured widths: claim highlights behind the text and link
 * underlines (artifacts, not content), and the clickable areas of links and note references over the text.
 * Not pdfkit's text() options: given the baseline as its position, text() puts a link's area and underline a line
 * below the text.
 */
function decorate(
  pdf: PDFKit.PDFDocument,
  runs: MeasuredRun[],
  x: number,
  top: number,
  size: number,
  baseline: number,
) {
  pdf.markContent("Artifact", { type: "Layout" });
  for (const r of runs) {
    const { highlight, link, goTo } = r.style;
    if (highlight) {
      pdf.rect(x, top + size * 0.1, r.width, size * 1.3).fill(highlight);
      currentColor.set(pdf.page, highlight);
    }
    if (link) {
      const under = baseline + r.style.size * 0.15;
      const thickness = r.style.size < 10 ? 0.5 : Math.floor(r.style.size / 10);
      pdf
        .save()
        .lineWidth(thickness)
        .strokeColor(r.style.color ?? "black");
      pdf.moveTo(x, under).lineTo(x + r.width, under);
      pdf.stroke().restore();
      pdf.link(x, top, r.width, size * 1.45, link);
    }
    if (goTo) pdf.goTo(x, top, r.width, size * 1.45, goTo);
    x += r.width;
  }
  pdf.endMarkedContent();
}

/**
 * Draws a line's runs from x on the baseline. Glyph runs are written together (glyph-runs.ts); anything pdfkit draws
 * itself (a colour, a link, right-to-left text) is written after what was gathered before it.
 */
function drawLine(pdf: PDFKit.PDFDocument, runs: MeasuredRun[], x: number, baseline: number) {
  const gathered: GatheredRun[] = [];
  for (const r of runs) {
    const color = r.style.color ?? "black";
    // pdfkit writes a colour operator on every fillColor call: only when it changes.
    if (color !== currentColor.get(pdf.page)) {
      writeGathered(pdf, gathered, baseline);
      pdf.fillColor(color);
      currentColor.set(pdf.page, color);
    }
    if (r.glyphs) gathered.push({ run: r.glyphs, size: r.style.size, x });
    else {
      writeGathered(pdf, gathered, baseline);
      const textOptions: PDFKit.Mixins.TextOptions & TextWidthOptions = {
        lineBreak: false,
        baseline: "alphabetic",
        textWidth: r.width,
        wordCount: 1,
        ...(isRtlRun(r.text) ? WHOLE_RUN : {}),
      };
      pdf.font(r.font).fontSize(r.style.size).text(r.text, x, baseline, textOptions);
    }
    x += r.width;
  }
  writeGathered(pdf, gathered, baseline);
}

type GatheredRun = Parameters<typeof glyphRunsContent>[1][number];
/** Writes the glyph runs gathered so far (if any) and empties the list. */
function writeGathered(pdf: PDFKit.PDFDocument, gathered: GatheredRun[], baseline: number) {
  if (!gathered.length) return;
  pdf.addContent(glyphRunsContent(pdf, gathered, baseline));
  gathered.length = 0;
}
