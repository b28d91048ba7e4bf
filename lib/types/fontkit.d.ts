// fontkit (pdfkit's font engine) ships no types; this declares the part lib/exports/pdf/fonts.ts calls.
declare module "fontkit" {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer): Font;
}
