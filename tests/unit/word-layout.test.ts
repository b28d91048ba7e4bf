import fs from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { type FontName, fontBuffer } from "@/lib/exports/pdf/fonts";
import { layOutWord } from "@/lib/exports/pdf/word-layout";

/** Every text the repository holds of health writing: the seed, the evaluation corpus and the fixtures. */
function texts(): string[] {
  const files = ["../shared/seed/stem-cells-neuroplasticity.txt"];
  for (const dir of ["tests/eval/corpus/dev", "tests/eval/corpus/test", "tests/eval/corpus/valid", "tests/fixtures"])
    for (const f of fs.readdirSync(dir)) if (/\.(md|txt)$/.test(f)) files.push(path.join(dir, f));
  return files.filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f, "utf8"));
}

/** Words as pdfkit splits a run: each up to and including the space or tab after it. */
const words = new Set(texts().flatMap((t) => t.replace(/\n/g, " ").match(/[^ \t]+[ \t]?/g) ?? []));
const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
const pairs = PRINTABLE.flatMap((a) => PRINTABLE.map((b) => a + b));

const shape = (glyphs: { id: number }[], xAdvances: number[], offBaseline: boolean) => ({
  ids: glyphs.map((g) => g.id),
  xAdvances,
  offBaseline,
});

describe("words laid out for the PDF's text", () => {
  it("has a vocabulary to compare", () => {
    expect(words.size).toBeGreaterThan(5000);
    expect([...words].filter((w) => /^[\x20-\x7e]+$/.test(w)).length).toBeGreaterThan(5000);
  });

  for (const name of ["serif", "sans", "bold", "italic"] satisfies FontName[]) {
    it(`lays out every word and every ASCII pair as fontkit lays it out whole (${name})`, () => {
      const whole = fontkit.create(fontBuffer(name));
      const differ: string[] = [];
      for (const word of [...pairs, ...words]) {
        const { glyphs, positions } = whole.layout(word);
        const expected = shape(
          glyphs,
          positions.map((p) => p.xAdvance),
          positions.some((p) => p.xOffset || p.yOffset),
        );
        const mine = layOutWord(name, word);
        if (JSON.stringify(shape(mine.glyphs, mine.xAdvances, mine.offBaseline)) !== JSON.stringify(expected))
          differ.push(word);
      }
      expect(differ).toEqual([]);
    });
  }

  it("kerns a pair as the font does (DejaVu Serif kerns 'AV' and 'To')", () => {
    for (const word of ["AV", "To"]) {
      const { glyphs, xAdvances } = layOutWord("serif", word);
      expect(xAdvances[0]).toBeLessThan(glyphs[0]!.advanceWidth);
    }
  });
});
