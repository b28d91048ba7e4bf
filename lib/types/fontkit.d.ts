// fontkit (pdfkit's font engine) ships no types; this declares the part lib/exports/pdf/fonts.ts and word-layout.ts
// call.
declare module "fontkit" {
  export interface Glyph {
    id: number;
    advanceWidth: number;
    codePoints: number[];
  }
  export interface GlyphPosition {
    xAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  /** A text laid out with the font's default OpenType features. */
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
  }
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    layout(text: string): GlyphRun;
    unitsPerEm: number;
  }
  export function create(buffer: Buffer): Font;
}
