import "server-only";
import type { FontName } from "./fonts";
import { layOutWord, type WordLayout } from "./word-layout";

/** The parts of pdfkit's embedded font this module uses (pdfkit's own, untyped: see glyphRun). */
interface EmbeddedFont {
  id: string;
  /** Font units to thousandths of an em. */
  scale: number;
  /** The glyphs the document embeds: a glyph of the file gets the next id of the subset when first used. */
  subset: { includeGlyph(glyphId: number): number };
  /** Per subset id, what pdfkit writes in the font's /W and ToUnicode when the document ends. */
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}
interface PdfInternals {
  _font: EmbeddedFont;
  page: { height: number; fonts: Record<string, unknown> };
}

/** A word's layout (word-layout.ts) in thousandths of an em, with the glyph ids of the font file. */
interface LaidOutWord {
  glyphs: WordLayout["glyphs"];
  /** Each glyph's own advance: what the font's /W says of it. */
  widths: number[];
  /** Each glyph's advance here, kerning included. */
  xAdvances: number[];
  /** Glyphs positioned off the baseline (combining marks): pdfkit's own text() draws such a word. */
  offBaseline: boolean;
}

/**
 * The words drawn in each font, for the life of the process (the export worker's), each numbered once: a paragraph's
 * layout (layout.ts) keeps its runs' words as these numbers, and a document's encoding of a word is found by its
 * number rather than by hashing the word again (a long document draws over a million words). Each word's layout is
 * kept too: it is the same in every document. When a font has too many words, every font's numbering starts again
 * (a new generation), and layouts made in an older one are made again.
 */
const MAX_WORDS = 200_000;
interface FontWords {
  numbers: Map<string, number>;
  texts: string[];
  layouts: (LaidOutWord | undefined)[];
}
const fonts = new Map<FontName, FontWords>();
let generation = 0;
/** The numbering's generation: a layout holding word numbers of another one must be made again. */
export const wordGeneration = () => generation;

function wordsOf(fontName: FontName): FontWords {
  let words = fonts.get(fontName);
  if (!words) {
    words = { numbers: new Map(), texts: [], layouts: [] };
    fonts.set(fontName, words);
  }
  return words;
}

/**
 * A run's words (each ends after a space or tab, as pdfkit splits them) as their numbers in the font, or null for
 * text with a line break, which glyphRun cannot draw.
 */
export function wordNumbers(fontName: FontName, text: string): number[] | null {
  if (text.includes("\n")) return null;
  let words = wordsOf(fontName);
  if (words.texts.length >= MAX_WORDS) {
    fonts.clear();
    generation++;
    words = wordsOf(fontName);
  }
  const numbers: number[] = [];
  for (let start = 0; start < text.length; ) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 0x20 && text.charCodeAt(end) !== 0x09) end++;
    const word = text.slice(start, Math.min(end + 1, text.length));
    let n = words.numbers.get(word);
    if (n === undefined) {
      n = words.texts.push(word) - 1;
      words.numbers.set(word, n);
    }
    numbers.push(n);
    start = end + 1;
  }
  return numbers;
}

function laidOut(font: EmbeddedFont, fontName: FontName, words: FontWords, n: number): LaidOutWord {
  let word = words.layouts[n];
  if (word) return word;
  const { glyphs, xAdvances, offBaseline } = layOutWord(fontName, words.texts[n]!);
  word = {
    glyphs,
    widths: glyphs.map((g) => g.advanceWidth * font.scale),
    xAdvances: xAdvances.map((x) => x * font.scale),
    offBaseline,
  };
  words.layouts[n] = word;
  return word;
}

/** A word's glyphs as TJ operands and its advance (thousandths of an em, kerning included). */
interface Word {
  operands: string;
  advance: number;
}

/** Per font of one document (glyph ids are the document's subset's), each word by its number, or null for a word
 * whose glyphs are positioned off the baseline, which pdfkit's own text() draws. */
const encoded = new WeakMap<EmbeddedFont, { generation: number; words: (Word | null)[] }>();

const num = (n: number) => String(Math.round(n * 1000) / 1000);

/** A word in one document's font: its glyphs added to the document's subset as pdfkit's own `encode` adds them. */
function encode(font: EmbeddedFont, laid: LaidOutWord): Word | null {
  const { glyphs, widths, xAdvances, offBaseline } = laid;
  if (offBaseline) return null;
  let operands = "";
  let hex = "";
  let advance = 0;
  for (let i = 0; i < glyphs.length; i++) {
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
  return { operands, advance };
}

/** A run of plain text as glyphs of one font: what glyphRunsContent writes, and its advance. */
export interface GlyphRun {
  font: EmbeddedFont;
  operands: string;
  /** Thousandths of an em. */
  advance: number;
}

/**
 * A left-to-right run of plain text (no link, no OpenType features), as wordNumbers numbered its words in this
 * generation, as pdfkit's text() would encode it (its glyph encoding, per-word layout and kerning adjustments), or
 * null when text() must draw it. Each word is encoded once per document and font: text() costs a call chain, an
 * options object and a content write per operator for every run, which for a long document was most of the PDF's
 * time. Uses the pdfkit internals its own mixins use (`_font`, `page.fonts`, the embedded font's subset, widths and
 * ToUnicode table); if they change, the PDF tests' text-layer checks fail.
 */
export function glyphRun(pdf: PDFKit.PDFDocument, fontName: FontName, numbers: number[]): GlyphRun | null {
  const font = (pdf.font(fontName) as unknown as PdfInternals)._font;
  const words = wordsOf(fontName);
  let document = encoded.get(font);
  if (document?.generation !== generation) {
    document = { generation, words: [] };
    encoded.set(font, document);
  }
  let operands = "";
  let advance = 0;
  for (const n of numbers) {
    let word = document.words[n];
    if (word === undefined) {
      word = encode(font, laidOut(font, fontName, words, n));
      document.words[n] = word;
    }
    if (word === null) return null;
    operands += word.operands;
    advance += word.advance;
  }
  return { font, operands, advance };
}

// The page's height as written, for the last page height seen (every page of a document has the same).
let lastHeight = Number.NaN;
let lastFlip = "";
const flipFor = (height: number) => {
  lastHeight = height;
  lastFlip = num(height);
  return lastFlip;
};

/**
 * The content-stream operators that draw a line's glyph runs, each at its x on the baseline y (in pdfkit's flipped
 * page space, as its text() draws), as one piece of the page's content (file-bytes.ts keeps pieces as strings).
 */
export function glyphRunsContent(
  pdf: PDFKit.PDFDocument,
  runs: { run: GlyphRun; size: number; x: number }[],
  y: number,
) {
  const { page } = pdf as unknown as PdfInternals;
  const baseline = num(page.height - y);
  let operators = `q\n1 0 0 -1 0 ${page.height === lastHeight ? lastFlip : flipFor(page.height)} cm\nBT\n`;
  for (const { run, size, x } of runs) {
    page.fonts[run.font.id] ??= run.font.ref();
    operators += `1 0 0 1 ${num(x)} ${baseline} Tm\n/${run.font.id} ${num(size)} Tf\n[${run.operands}] TJ\n`;
  }
  return `${operators}ET\nQ`;
}
