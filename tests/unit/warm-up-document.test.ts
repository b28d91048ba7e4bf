import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { claimsInBlocks } from "@/lib/exports/claims-in-blocks";
import { toDocx } from "@/lib/exports/formats/docx";
import { toPdf } from "@/lib/exports/formats/pdf";
import { warmUpDocument } from "@/lib/exports/warm-up-document";
import { textBlocks } from "@/lib/rich-text/text-blocks";
import { hasReader } from "../support/outside-readers";

/** Poppler and qpdf read the PDF (.ci/run installs them). */
const readers = ["pdftotext", "pdfinfo", "qpdf"].every(hasReader);

describe("the export worker's warm-up document", () => {
  const document = warmUpDocument(2);
  let rendered: Promise<string> | undefined;
  /** The document's PDF in a file, rendered once for the tests that read it. */
  const pdfFile = () =>
    (rendered ??= toPdf(document).then(({ body }) => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "warm-up-")), "warm-up.pdf");
      fs.writeFileSync(file, body);
      return file;
    }));

  it("repeats the seed article, each claim the text at its offsets and inside one block", () => {
    expect(document.claims.length).toBeGreaterThan(50);
    for (const claim of document.claims) {
      expect(document.revision.plainText.slice(claim.start, claim.end)).toBe(claim.text);
    }
    const inBlocks = [...claimsInBlocks(textBlocks(document.revision.body), document.claims).values()].flat();
    expect(inBlocks).toHaveLength(document.claims.length);
  });

  it.skipIf(!readers)(
    "renders as a PDF whose every claim has its note, and as a Word file",
    async () => {
      const text = spawnSync("pdftotext", ["-enc", "UTF-8", await pdfFile(), "-"], { encoding: "utf8" }).stdout;
      // Read back by poppler (installed by .ci/run): the notes are drawn, not only laid out.
      const last = document.claims.at(-1)!;
      expect(text).toContain(`[${last.number}] Preclinical`);
      expect(text).toContain(`A note on claim ${last.number}:`);
      expect((await toDocx(document)).body.length).toBeGreaterThan(10_000);
    },
    30_000,
  );

  // The structure tree (lib/exports/pdf/structure.ts) on a document of some 60 pages, where paragraphs continue on
  // the next page: poppler's reading of it must hold every line of the text.
  it.skipIf(!readers)(
    "tags every line of the PDF as content of a block of its structure tree, across page breaks",
    async () => {
      const file = await pdfFile();
      const text = spawnSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).stdout;
      const tree = spawnSync("pdfinfo", ["-struct-text", file], { encoding: "utf8" }).stdout;
      expect(tree.startsWith('Document\n  H1 (block)\n    "Warm-up document"\n')).toBe(true);
      const tagged = new Set([...tree.matchAll(/^ {4}"(.*)"$/gm)].map((m) => m[1]!.trim()));
      const lines = text
        .split("\n")
        .map((line) => line.replace(/\f/g, "").trim())
        .filter(Boolean);
      expect(lines.length).toBeGreaterThan(2000);
      expect(lines.filter((line) => !tagged.has(line))).toEqual([]);
      // Some blocks do continue on another page (their lines there are marked-content references with that page).
      const raw = spawnSync("qpdf", ["--qdf", "--object-streams=disable", file, "-"], { encoding: "latin1" }).stdout;
      expect(raw).toContain("/Type /MCR");
    },
    30_000,
  );
});
