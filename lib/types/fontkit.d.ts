// fontkit (pdfkit's font engine) ships no types; this declares the part lib/exports/pdf/fonts.ts calls.
declare module "fontkit" {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): { advanceWidth: number };
    unitsPerEm: number;
  }
  export function create(buffer: Buffer): Font;
}
