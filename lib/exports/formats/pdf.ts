import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import { TIER_LABELS } from "@/lib/claims/tiers";
import { textBlocks } from "@/lib/rich-text/text-blocks";
import type { AnnotatedDocument } from "../annotated-document";
import { critiqueLines } from "../critique-text";
import type { ExportFile } from "../export-file";

// DejaVu covers everything the articles use (TNF-α, IL-1β, dashes, curly quotes, GRADE's ⊕ and ◯), and is embedded.
const FONTS = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

/**
 * The annotated document as a PDF, made without a browser (pdfkit): the article with each claim followed by its
 * number, then the numbered critiques.
 */
export function toPdf(doc: AnnotatedDocument): Promise<ExportFile> {
  const pdf = new PDFDocument({ size: "A4", margin: 56, info: { Title: doc.title, Creator: "Claimwise" } });
  pdf.registerFont("body", path.join(FONTS, "DejaVuSerif.ttf"));
  pdf.registerFont("bold", path.join(FONTS, "DejaVuSans-Bold.ttf"));
  pdf.registerFont("sans", path.join(FONTS, "DejaVuSans.ttf"));
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on("end", () => resolve(Buffer.concat(chunks))));

  pdf.font("bold").fontSize(20).text(doc.title);
  pdf
    .moveDown(0.5)
    .font("sans")
    .fontSize(9)
    .fillColor("#475569")
    .text(`Annotated by Claimwise · revision ${doc.revision.number}`);
  pdf.fillColor("black").moveDown();
  for (const block of textBlocks(doc.revision.body)) {
    const end = block.start + block.text.length;
    if (block.node.type === "heading") {
      pdf
        .moveDown(0.5)
        .font("bold")
        .fontSize(block.node.attrs?.level === 2 ? 14 : 12)
        .text(block.text)
        .moveDown(0.3);
      continue;
    }
    let text = block.text;
    for (const claim of doc.claims
      .filter((c) => c.start >= block.start && c.end <= end)
      .sort((a, b) => b.end - a.end)) {
      const at = claim.end - block.start;
      text = `${text.slice(0, at)} [${claim.number}]${text.slice(at)}`;
    }
    pdf
      .font("body")
      .fontSize(11)
      .text(block.inList ? `•  ${text}` : text, { indent: block.inList ? 12 : 0, paragraphGap: 6 });
  }
  pdf.addPage().font("bold").fontSize(16).text("Critiques").moveDown(0.5);
  for (const claim of doc.claims) {
    pdf
      .font("bold")
      .fontSize(10)
      .text(`[${claim.number}] ${claim.tier ? TIER_LABELS[claim.tier] : "No tier"}`);
    pdf.font("sans").fontSize(9).text(claim.text, { oblique: true });
    for (const line of critiqueLines(claim)) pdf.text(line);
    pdf.moveDown(0.6);
  }
  pdf.end();
  return done.then((body) => ({ body, contentType: "application/pdf", extension: "pdf" }));
}
