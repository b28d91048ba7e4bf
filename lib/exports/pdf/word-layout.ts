import "server-only";
import type { Glyph } from "fontkit";
import { type FontName, fontFace, PRINTABLE_ASCII } from "./fonts";

/** A word laid out: its glyphs and their advances in font units, kerning included. */
export interface WordLayout {
  glyphs: Glyph[];
  xAdvances: number[];
  /** Glyphs positioned off the baseline (combining marks). */
  offBaseline: boolean;
}

/** Printable ASCII, 0x20 to 0x7e: the characters of most words of an English document. */
const FIRST = 0x20;
const COUNT = 0x7f - FIRST;
/** A pair whose layout is not its two characters' own glyphs side by side (a ligature, a mark, a substitution). */
const NOT_PLAIN = Number.POSITIVE_INFINITY;

/**
 * Per font, fontkit's layout of each printable ASCII character and of each pair of them met so far: a character's
 * glyph (null when fontkit lays it out as anything but that one glyph at its own advance) and the kerning fontkit
 * puts between a pair (NaN until measured, NOT_PLAIN when the pair is not plain).
 */
interface AsciiTables {
  glyphs: (Glyph | null | undefined)[];
  kerning: Float64Array;
}
const tables = new Map<FontName, AsciiTables>();

function asciiTables(name: FontName): AsciiTables {
  let t = tables.get(name);
  if (!t) {
    t = { glyphs: new Array(COUNT), kerning: new Float64Array(COUNT * COUNT).fill(Number.NaN) };
    tables.set(name, t);
  }
  return t;
}

function glyphOf(name: FontName, t: AsciiTables, c: number): Glyph | null {
  let glyph: Glyph | null | undefined = t.glyphs[c - FIRST];
  if (glyph === undefined) {
    const { glyphs, positions } = fontFace(name).layout(String.fromCharCode(c));
    const [only] = glyphs;
    glyph =
      glyphs.length === 1 &&
      only &&
      positions[0]!.xAdvance === only.advanceWidth &&
      !positions[0]!.xOffset &&
      !positions[0]!.yOffset
        ? only
        : null;
    t.glyphs[c - FIRST] = glyph;
  }
  return glyph;
}

function kerningOf(name: FontName, t: AsciiTables, a: number, b: number): number {
  const at = (a - FIRST) * COUNT + (b - FIRST);
  let kern = t.kerning[at]!;
  if (Number.isNaN(kern)) {
    const first = glyphOf(name, t, a);
    const second = glyphOf(name, t, b);
    const { glyphs, positions } = fontFace(name).layout(String.fromCharCode(a, b));
    const plain =
      first &&
      second &&
      glyphs.length === 2 &&
      glyphs[0]!.id === first.id &&
      glyphs[1]!.id === second.id &&
      positions[1]!.xAdvance === second.advanceWidth &&
      !positions.some((p) => p.xOffset || p.yOffset);
    kern = plain ? positions[0]!.xAdvance - first.advanceWidth : NOT_PLAIN;
    t.kerning[at] = kern;
  }
  return kern;
}

/** A word of printable ASCII from its pairs' layouts, or null when a pair of it is not plain. */
function asciiWord(name: FontName, word: string): WordLayout | null {
  const t = asciiTables(name);
  const glyphs: Glyph[] = [];
  const xAdvances: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const glyph = glyphOf(name, t, c);
    if (!glyph) return null;
    const kern = i + 1 < word.length ? kerningOf(name, t, c, word.charCodeAt(i + 1)) : 0;
    if (kern === NOT_PLAIN) return null;
    glyphs.push(glyph);
    xAdvances.push(glyph.advanceWidth + kern);
  }
  return { glyphs, xAdvances, offBaseline: false };
}

/**
 * A word as fontkit lays it out with the font's default features. A word of printable ASCII is put together from
 * fontkit's layouts of its character pairs (kerning is pairwise), measured once per pair and font: laying out each
 * word whole took most of a long document's first PDF (30,000 words: 1.4-2.0 s per font, against under 0.1 s), and
 * the two agree on every word of the benchmark document and the fixtures (the unit test compares them). A word with a
 * pair that is not two plain glyphs, or with any other character, is laid out whole.
 */
export function layOutWord(name: FontName, word: string): WordLayout {
  const ascii = PRINTABLE_ASCII.test(word) ? asciiWord(name, word) : null;
  if (ascii) return ascii;
  const { glyphs, positions } = fontFace(name).layout(word);
  return {
    glyphs,
    xAdvances: positions.map((p) => p.xAdvance),
    offBaseline: positions.some((p) => p.xOffset || p.yOffset),
  };
}
