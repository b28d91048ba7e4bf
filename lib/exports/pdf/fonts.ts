import "server-only";
import fs from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";

const modules = path.join(process.cwd(), "node_modules");

/**
 * The fonts a PDF may use, all embedded (subset) by pdfkit: DejaVu for Latin, Greek, Cyrillic and GRADE's ⊕ ◯,
 * then Noto for what DejaVu lacks: Arabic (Naskh), Hebrew, Chinese/Japanese/Korean (Noto Sans SC) and emoji
 * (monochrome Noto Emoji: PDF text cannot carry colour glyphs). Each character takes the first font of its chain
 * that has a glyph for it.
 */
const FILES = {
  serif: "dejavu-fonts-ttf/ttf/DejaVuSerif.ttf",
  sans: "dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
  bold: "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
  italic: "dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf",
  arabic: "@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf",
  arabicBold: "@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Bold.ttf",
  hebrew: "@embedpdf/fonts-hebrew/fonts/NotoSansHebrew-Regular.ttf",
  hebrewBold: "@embedpdf/fonts-hebrew/fonts/NotoSansHebrew-Bold.ttf",
  cjk: "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
  emoji: "@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf",
} as const;
export type FontName = keyof typeof FILES;
export type TextStyle = "serif" | "sans" | "bold" | "italic";

const CHAINS: Record<TextStyle, FontName[]> = {
  serif: ["serif", "arabic", "hebrew", "cjk", "emoji", "sans"],
  sans: ["sans", "arabic", "hebrew", "cjk", "emoji"],
  bold: ["bold", "arabicBold", "hebrewBold", "cjk", "emoji", "sans"],
  italic: ["italic", "arabic", "hebrew", "cjk", "emoji", "sans"],
};

// Font files are read once per process; pdfkit embeds only the glyphs a document uses.
const buffers = new Map<FontName, Buffer>();
const faces = new Map<FontName, fontkit.Font>();
export function fontBuffer(name: FontName): Buffer {
  let buffer = buffers.get(name);
  if (!buffer) {
    buffer = fs.readFileSync(path.join(modules, FILES[name]));
    buffers.set(name, buffer);
  }
  return buffer;
}
/** The process's own fontkit parse of a font (line breaking, word layouts); pdfkit parses each document's again. */
export const fontFace = (name: FontName) => {
  let f = faces.get(name);
  if (!f) {
    f = fontkit.create(fontBuffer(name));
    faces.set(name, f);
  }
  return f;
};

// Per style, the chosen font of each code point (index into its chain + 1; 0 = not looked up yet).
const chosen = new Map<TextStyle, Uint8Array>();
const astralChosen = new Map<string, FontName>();
// A function of its own, not a closure made in fontFor: fontFor runs for every character of a document.
const firstWithGlyph = (chain: FontName[], codePoint: number) =>
  chain.find((f) => fontFace(f).hasGlyphForCodePoint(codePoint)) ?? chain[0]!;
/** The font of a style's chain that draws this code point (the style's own font when none does). */
export function fontFor(codePoint: number, style: TextStyle): FontName {
  const chain = CHAINS[style];
  if (codePoint > 0xffff) {
    const key = `${style}:${codePoint}`;
    let name = astralChosen.get(key);
    if (!name) {
      name = firstWithGlyph(chain, codePoint);
      astralChosen.set(key, name);
    }
    return name;
  }
  let table = chosen.get(style);
  if (!table) {
    table = new Uint8Array(0x10000);
    chosen.set(style, table);
  }
  if (!table[codePoint]) table[codePoint] = chain.indexOf(firstWithGlyph(chain, codePoint)) + 1;
  return chain[table[codePoint]! - 1]!;
}

/** Text of printable ASCII only (0x20-0x7e): most of an English document, which the PDF lays out by faster paths. */
export const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

const asciiFonts = new Map<TextStyle, FontName | null>();
/**
 * The font that draws every printable ASCII character of a style (its own font, for DejaVu), or null: a run of such
 * characters (most of any English document) takes it whole instead of a lookup per character.
 */
export function asciiFont(style: TextStyle): FontName | null {
  let name = asciiFonts.get(style);
  if (name === undefined) {
    const own = CHAINS[style][0]!;
    let all = true;
    for (let cp = 0x20; cp <= 0x7e && all; cp++) all = fontFor(cp, style) === own;
    name = all ? own : null;
    asciiFonts.set(style, name);
  }
  return name;
}

const advances = new Map<FontName, Float32Array>();
/** A character's advance width in em (for line breaking; runs are measured whole, with kerning and shaping). */
export function advanceOf(name: FontName, codePoint: number): number {
  if (codePoint > 0xffff) return 1;
  let table = advances.get(name);
  if (!table) {
    table = new Float32Array(0x10000).fill(-1);
    advances.set(name, table);
  }
  if (table[codePoint]! < 0) {
    const f = fontFace(name);
    table[codePoint] = f.glyphForCodePoint(codePoint).advanceWidth / f.unitsPerEm;
  }
  return table[codePoint]!;
}

const asciiTables = new Map<FontName, Float32Array>();
/**
 * The advances (em) of a font's printable ASCII characters, by character code: line breaking measures a span that
 * asciiFont gives one font by this table, without a look-up per character.
 */
export function asciiAdvances(name: FontName): Float32Array {
  let table = asciiTables.get(name);
  if (!table) {
    table = new Float32Array(0x80);
    for (let c = 0x20; c <= 0x7e; c++) table[c] = advanceOf(name, c);
    asciiTables.set(name, table);
  }
  return table;
}
