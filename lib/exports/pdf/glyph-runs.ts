import "server-only";
import type { FontName } from "./fonts";

/** The parts of pdfkit's embedded font this module uses (pdfkit's own, untyped: see glyphRun). */
interface EmbeddedFont {
  id: string;
  /** The document's own fontkit parse of the file. */
  font: { layout(text: string): FontkitRun };
  /** Font units to thousandths of an em. */
  scale: number;
  /** The glyphs the document embeds: a glyph of the file gets the next id of the subset when first used. */
  subset: { includeGlyph(glyphId: number): number };
  /** Per subset id, what pdfkit writes in the font's /W and ToUnicode when the document ends. */
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}
interface FontkitRun {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  positions: { xAdvance: number; xOffset: number; yOffset: number }[];
}
interface PdfInternals {
  _font: EmbeddedFont;
  page: { height: number; fonts: Record<string, unknown> };
}

/** A word as fontkit lays it out (kerning, ligatures) in thousandths of an em, with the glyph ids of the font file. */
interface LaidOutWord {
  glyphs: FontkitRun["glyphs"];
  widths: number[];
  xAdvances: number[];
  /** Glyphs positioned off the baseline (combining marks): pdfkit's own text() draws such a word. */
  offBaseline: boolean;
}

/**
 * Each word's layout, per font file, for the life of the process (the export worker's): it is the same in every
 * document, and laying words out again was about a tenth of a long document's PDF. Bounded per font.
 */
const MAX_WORDS = 200_000;
const layouts = new Map<FontName, Map<string, LaidOutWord>>();
function laidOut(font: EmbeddedFont, fontName: FontName, text: string): LaidOutWord {
  let cache = layouts.get(fontName);
  if (!cache) {
    cache = new Map();
    layouts.set(fontName, cache);
  }
  let word = cache.get(text);
  if (word) return word;
  const { glyphs, positions } = font.font.layout(text);
  word = {
    glyphs,
    widths: glyphs.map((g) => g.advanceWidth * font.scale),
    xAdvances: positions.map((p) => p.xAdvance * font.scale),
    offBaseline: positions.some((p) => p.xOffset || p.yOffset),
  };
  if (cache.size >= MAX_WORDS) cache.clear();
  cache.set(text, word);
  return word;
}

/** A word's glyphs as TJ operands and its advance (thousandths of an em, kerning included). */
interface Word {
  operands: string;
  advance: number;
}

/** Per font of one document (glyph ids are the document's subset's), each word, or null for a word whose glyphs are
 * positioned off the baseline, which pdfkit's own text() draws. */
const words = new WeakMap<EmbeddedFont, Map<string, Word | null>>();

const num = (n: number) => String(Math.round(n * 1000) / 1000);

/** A word in one document's font: its glyphs added to the document's subset as pdfkit's own `encode` adds them. */
function wordOf(font: EmbeddedFont, fontName: FontName, text: string): Word | null {
  let cache = words.get(font);
  if (!cache) {
    cache = new Map();
    words.set(font, cache);
  }
  let word = cache.get(text);
  if (word !== undefined) return word;
  const { glyphs, widths, xAdvances, offBaseline } = laidOut(font, fontName, text);
  let operands = "";
  let hex = "";
  let advance = 0;
  for (let i = 0; i < glyphs.length && !offBaseline; i++) {
    const gid = font.subset.includeGlyph(glyphs[i]!.id);
    font.widths[gid] ??= widths[i]!;
    font.unicode[gid] ??= glyphs[i]!.codePoints;
    hex += gid.toString(16).padStart(4, "0");
    advance += xAdvances[i]!;
    if (xAdvances[i] !== widths[i]) {
      operands += `<${hex}> ${num(widths[i]! - xAdvances[i]!)} `;
      hex = "";
    }
  }
  if (hex) operands += `<${hex}> `;
  word = offBaseline ? null : { operands, advance };
  cache.set(text, word);
  return word;
}

/** A run of plain text as glyphs of one font: what glyphRunsContent writes, and its advance. */
export interface GlyphRun {
  font: EmbeddedFont;
  operands: string;
  /** Thousandths of an em. */
  advance: number;
}

/** A run's words as pdfkit splits them (each ends after a space or tab), or null for text with a line break, which
 * glyphRun cannot draw. */
export function splitWords(text: string): string[] | null {
  if (text.includes("\n")) return null;
  const words: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 0x20 && text.charCodeAt(end) !== 0x09) end++;
    words.push(text.slice(start, Math.min(end + 1, text.length)));
    start = end + 1;
  }
  return words;
}

/**
 * A left-to-right run of plain text (no link, no OpenType features), split by splitWords, as pdfkit's text() would
 * encode it (its glyph encoding, per-word layout and kerning adjustments), or null when text() must draw it. Each
 * word is encoded once per document and font: text() costs a call chain, an options object and a content write per
 * operator for every run, which for a long document was most of the PDF's time. Uses the pdfkit internals its own
 * mixins use (`_font`, `page.fonts`, the embedded font's subset, widths and ToUnicode table); if they change, the PDF
 * tests' text-layer checks fail.
 */
export function glyphRun(pdf: PDFKit.PDFDocument, fontName: FontName, words: string[]): GlyphRun | null {
  const font = (pdf.font(fontName) as unknown as PdfInternals)._font;
  let operands = "";
  let advance = 0;
  for (const text of words) {
    const word = wordOf(font, fontName, text);
    if (word === null) return null;
    operands += word.operands;
    advance += word.advance;
  }
  return { font, operands, advance };
}

/**
 * The content-stream operators that draw a line's glyph runs, each at its x on the baseline y (in pdfkit's flipped
 * page space, as its text() draws), as bytes: pdfkit converts a string to bytes a character at a time in script.
 */
export function glyphRunsContent(
  pdf: PDFKit.PDFDocument,
  runs: { run: GlyphRun; size: number; x: number }[],
  y: number,
) {
  const { page } = pdf as unknown as PdfInternals;
  const baseline = num(page.height - y);
  let operators = `q\n1 0 0 -1 0 ${num(page.height)} cm\nBT\n`;
  for (const { run, size, x } of runs) {
    page.fonts[run.font.id] ??= run.font.ref();
    operators += `1 0 0 1 ${num(x)} ${baseline} Tm\n/${run.font.id} ${num(size)} Tf\n[${run.operands}] TJ\n`;
  }
  return Buffer.from(`${operators}ET\nQ\n`, "latin1");
}
