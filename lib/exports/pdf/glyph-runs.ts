import "server-only";
import type { FontName } from "./fonts";

/** The parts of pdfkit's embedded font this module uses (pdfkit's own, untyped: see glyphRun). */
interface EmbeddedFont {
  id: string;
  ref(): unknown;
  encode(text: string): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
}
interface PdfInternals {
  _font: EmbeddedFont;
  page: { height: number; fonts: Record<string, unknown> };
}

/** A word's glyphs as TJ operands and its advance (thousandths of an em, kerning included). */
interface Word {
  operands: string;
  advance: number;
}

/** Per font of one document (glyph ids are the document's subset's), each word, or null for a word whose glyphs are
 * positioned off the baseline (combining marks), which pdfkit's own text() draws. */
const words = new WeakMap<EmbeddedFont, Map<string, Word | null>>();

const num = (n: number) => String(Math.round(n * 1000) / 1000);

function wordOf(font: EmbeddedFont, text: string): Word | null {
  let cache = words.get(font);
  if (!cache) {
    cache = new Map();
    words.set(font, cache);
  }
  let word = cache.get(text);
  if (word !== undefined) return word;
  // pdfkit's encode: the glyphs as laid out by fontkit (kerning, ligatures) and added to the document's subset.
  const [hex, positions] = font.encode(text);
  let operands = "";
  let advance = 0;
  let last = 0;
  const offBaseline = positions.some((p) => p.xOffset || p.yOffset);
  for (let i = 0; i < positions.length && !offBaseline; i++) {
    const p = positions[i]!;
    advance += p.xAdvance;
    if (p.xAdvance !== p.advanceWidth) {
      operands += `<${hex.slice(last, i + 1).join("")}> ${num(p.advanceWidth - p.xAdvance)} `;
      last = i + 1;
    }
  }
  if (last < hex.length) operands += `<${hex.slice(last).join("")}> `;
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

/**
 * A left-to-right run of plain text (no link, no OpenType features) as pdfkit's text() would encode it (its glyph
 * encoding, per-word layout and kerning adjustments), or null when text() must draw it. Each word is encoded once
 * per document and font: text() costs a call chain, an options object and a content write per operator for every
 * run, which for a long document was most of the PDF's time. Uses the pdfkit internals its own mixins use (`_font`,
 * `page.fonts`); if they change, the PDF tests' text-layer checks fail.
 */
export function glyphRun(pdf: PDFKit.PDFDocument, fontName: FontName, text: string): GlyphRun | null {
  if (text.includes("\n")) return null;
  const font = (pdf.font(fontName) as unknown as PdfInternals)._font;
  let operands = "";
  let advance = 0;
  // Words end after a space or tab, as pdfkit splits them.
  for (let start = 0; start < text.length; ) {
    let end = start;
    while (end < text.length && text[end] !== " " && text[end] !== "\t") end++;
    const word = wordOf(font, text.slice(start, Math.min(end + 1, text.length)));
    if (word === null) return null;
    operands += word.operands;
    advance += word.advance;
    start = end + 1;
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
  let operators = `q\n1 0 0 -1 0 ${num(page.height)} cm\nBT\n`;
  for (const { run, size, x } of runs) {
    page.fonts[run.font.id] ??= run.font.ref();
    operators += `1 0 0 1 ${num(x)} ${num(page.height - y)} Tm\n/${run.font.id} ${num(size)} Tf\n[${run.operands}] TJ\n`;
  }
  return Buffer.from(`${operators}ET\nQ\n`, "latin1");
}
