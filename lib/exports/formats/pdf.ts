import "server-only";
import PDFDocument from "pdfkit";
import type { ClaimTier } from "@/lib/generated/prisma/enums";
import { textBlocks } from "@/lib/rich-text/text-blocks";
import type { AnnotatedDocument } from "../annotated-document";
import { claimsInBlocks } from "../claims-in-blocks";
import { critiqueSections, critiqueSummary, hasCritique, isoDate } from "../critique-text";
import type { ExportFile } from "../export-file";
import { fileBytes } from "../pdf/file-bytes";
import { type FontName, fontBuffer } from "../pdf/fonts";
import { drawParagraph, type ParagraphOptions, type Span } from "../pdf/layout";
import { endElement, structureTree } from "../pdf/structure";
import type { RichParagraph } from "../rich-paragraphs";
import { safeUrl } from "../safe-url";

const FONTS: FontName[] = [
  "serif",
  "sans",
  "bold",
  "italic",
  "arabic",
  "arabicBold",
  "hebrew",
  "hebrewBold",
  "cjk",
  "emoji",
];
/** The reading page's tier colours, so a highlighted claim in print means what it means on screen. */
const HIGHLIGHT: Record<ClaimTier | "NONE", string> = {
  PRECLINICAL: "#e0f2fe",
  EARLY_HUMAN_TRIAL: "#dcfce7",
  SPECULATIVE: "#fef3c7",
  NONE: "#f1f5f9",
};
const NOTE = { style: "sans", size: 9.5 } as const;
/** What a heading keeps on its page: the first two lines of the text under it (layout.ts: a line is 1.45 sizes). */
const BODY_LINES = 2 * 11 * 1.45;
const NOTE_LINES = 2 * NOTE.size * 1.45;

const runs = (paragraph: RichParagraph, style: Span["style"] = NOTE.style): Span[] =>
  paragraph.map((r) => {
    const link = safeUrl(r.href);
    return { text: r.text, style, size: NOTE.size, ...(link ? { link, color: "#1d4ed8" } : {}) };
  });

/**
 * The annotated document as a tagged PDF made without a browser (pdfkit): the article with every critiqued claim
 * highlighted in its tier's colour and followed by its note number (a link to the note), then the notes: decision,
 * published reviews, sources (live links) and the discussion. Fonts are embedded and chosen per character (Arabic,
 * Hebrew, CJK, emoji included); right-to-left text is reordered by the bidi algorithm; the outline lists the
 * headings and the notes; the catalog carries /Lang and the structure tree (Document, H1–H3, P: pdf/structure.ts;
 * highlights and underlines are artifacts). Link annotations are not tagged (Link/OBJR) nor lists as L/LI: links are
 * plain annotations and list items are paragraphs.
 */
export function toPdf(doc: AnnotatedDocument): Promise<ExportFile> {
  const pdf = new PDFDocument({
    size: "A4",
    margin: 56,
    pdfVersion: "1.7",
    tagged: true,
    lang: "en",
    displayTitle: true,
    info: { Title: doc.title, Creator: "Claimwise" },
  });
  for (const name of FONTS) pdf.registerFont(name, fontBuffer(name));
  const done = fileBytes(pdf);
  const structure = structureTree(pdf);
  const block = (tag: string, spans: Span[], options: Omit<ParagraphOptions, "struct"> = {}) => {
    const struct = structure.element(tag);
    const top = drawParagraph(pdf, spans, { ...options, struct });
    endElement(struct);
    return top;
  };
  /**
   * A bookmark's destination: the current page at `top`, at the left edge (pdfkit measures an outline item's `left`
   * from the page's right edge) and the reader's zoom.
   */
  const at = (top: number | null) => ({
    expanded: false,
    fit: false,
    top: top ?? pdf.y,
    left: pdf.page.width,
    zoom: 0,
  });
  const source = safeUrl(doc.sourceUrl);

  block("H1", [{ text: doc.title, style: "bold", size: 20 }], { gap: 4 });
  const byline: Span = { text: `Annotated by Claimwise · revision ${doc.revision.number}`, style: "sans", size: 9 };
  block(
    "P",
    [
      { ...byline, color: "#475569" },
      ...(source
        ? [
            { ...byline, text: " · Source: ", color: "#475569" },
            { ...byline, text: source, link: source, color: "#1d4ed8" },
          ]
        : []),
    ],
    { gap: 12 },
  );

  const noted = doc.claims.filter(hasCritique);
  const blocks = textBlocks(doc.revision.body);
  const notedIn = claimsInBlocks(blocks, noted);
  // The bookmark of the last section heading, which the next lower headings' bookmarks go under.
  let sectionBookmark: PDFKit.PDFOutline | null = null;
  for (const b of blocks) {
    if (b.node.type === "heading") {
      const level = Number(b.node.attrs?.level ?? 2);
      pdf.y += 6;
      const top = block(level <= 2 ? "H2" : "H3", [{ text: b.text, style: "bold", size: level <= 2 ? 14 : 12 }], {
        gap: 4,
        keepWith: BODY_LINES,
      });
      // Added once drawn: a heading kept with its text may have gone to the next page.
      const parent: PDFKit.PDFOutline = level > 2 && sectionBookmark ? sectionBookmark : pdf.outline;
      const bookmark = parent.addItem(b.text, at(top));
      if (level <= 2) sectionBookmark = bookmark;
      continue;
    }
    const end = b.start + b.text.length;
    const spans: Span[] = b.inList ? [{ text: "•  ", style: "serif", size: 11 }] : [];
    let cursor = b.start;
    for (const claim of notedIn.get(b)!) {
      if (claim.start > cursor)
        spans.push({ text: b.text.slice(cursor - b.start, claim.start - b.start), style: "serif", size: 11 });
      spans.push(
        {
          text: b.text.slice(claim.start - b.start, claim.end - b.start),
          style: "serif",
          size: 11,
          highlight: HIGHLIGHT[claim.tier ?? "NONE"],
        },
        { text: ` [${claim.number}]`, style: "sans", size: 8, color: "#1d4ed8", goTo: `note-${claim.number}` },
      );
      cursor = claim.end;
    }
    if (cursor < end) spans.push({ text: b.text.slice(cursor - b.start), style: "serif", size: 11 });
    block("P", spans, { indent: b.inList ? 12 : 0, gap: 6 });
  }

  if (noted.length) {
    pdf.addPage();
    const notes = pdf.outline.addItem("Critiques");
    block("H1", [{ text: "Critiques", style: "bold", size: 16 }], { gap: 6 });
    for (const claim of noted) {
      if (pdf.y > pdf.page.height - 140) pdf.addPage();
      pdf.addNamedDestination(`note-${claim.number}`, "XYZ", null, pdf.y, null);
      notes.addItem(`[${claim.number}] ${claim.text.slice(0, 60)}`, at(pdf.y));
      block("H2", [{ text: `[${claim.number}] ${critiqueSummary(claim)}`, style: "bold", size: 10 }], { gap: 2 });
      block("P", [{ text: claim.text, style: "italic", size: NOTE.size, color: "#334155" }], { gap: 3 });
      for (const section of critiqueSections(claim)) {
        block("H3", [{ text: section.title, style: "bold", size: NOTE.size }], { gap: 1, keepWith: NOTE_LINES });
        for (const p of section.paragraphs) block("P", runs(p), { indent: 8, gap: 2 });
      }
      if (claim.comments.length) {
        block("H3", [{ text: "Discussion", style: "bold", size: NOTE.size }], { gap: 1, keepWith: NOTE_LINES });
        for (const comment of claim.comments) {
          const [first = [], ...more] = comment.paragraphs;
          const indent = 8 + 14 * comment.depth;
          block(
            "P",
            [
              { text: `${comment.author} (${isoDate(comment.createdAt)}): `, style: "bold", size: NOTE.size },
              ...runs(first),
            ],
            {
              indent,
              gap: 1,
            },
          );
          for (const p of more) block("P", runs(p), { indent, gap: 1 });
        }
      }
      pdf.y += 8;
    }
  }
  structure.end();
  reverseRtlLigatureMappings(pdf);
  pdf.end();
  return done.then((body) => ({ body, contentType: "application/pdf", extension: "pdf" }));
}

/**
 * Text extractors (poppler's pdftotext, pdf.js) read a right-to-left run's glyphs in visual order and reverse each
 * glyph's text along with them, so a ligature mapped in logical order (lam-alef as "لا") comes out reversed ("ال").
 * Such ligatures are only ever drawn inside right-to-left runs, so their ToUnicode entries are written reversed,
 * which extracts as the logical text. pdfkit builds ToUnicode from each font's `unicode` table when the document
 * ends; it keeps the fonts in `_fontFamilies` (not public API: if that changes, nothing is reversed).
 */
function reverseRtlLigatureMappings(pdf: PDFKit.PDFDocument) {
  const families = (pdf as unknown as { _fontFamilies?: Record<string, { unicode?: number[][] }> })._fontFamilies;
  // The same font can be listed under several keys: each once.
  for (const font of new Set(Object.values(families ?? {}))) {
    for (const codePoints of font.unicode ?? []) {
      if (
        codePoints &&
        codePoints.length > 1 &&
        codePoints.every((cp) => RTL_CODE_POINT.test(String.fromCodePoint(cp)))
      )
        codePoints.reverse();
    }
  }
}
const RTL_CODE_POINT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
