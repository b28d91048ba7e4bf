import "server-only";
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
} from "docx";
import { TIER_LABELS } from "@/lib/claims/tiers";
import { textBlocks } from "@/lib/rich-text/text-blocks";
import type { AnnotatedDocument } from "../annotated-document";
import { critiqueLines } from "../critique-text";
import type { ExportFile } from "../export-file";

/**
 * The article as a Word document with a native comment anchored on each claim's text (tier, certainty, decision
 * note, citations), so a reader sees the critique in Word's margin.
 */
export async function toDocx(doc: AnnotatedDocument): Promise<ExportFile> {
  const comments = doc.claims.map((claim) => ({
    id: claim.number,
    author: "Claimwise",
    date: doc.exportedAt,
    children: [
      new Paragraph({
        children: [new TextRun({ text: claim.tier ? TIER_LABELS[claim.tier] : "No tier", bold: true })],
      }),
      ...critiqueLines(claim).map((line) => new Paragraph(line)),
    ],
  }));
  const paragraphs = [new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE })];
  for (const block of textBlocks(doc.revision.body)) {
    if (block.node.type === "heading") {
      paragraphs.push(
        new Paragraph({
          text: block.text,
          heading: block.node.attrs?.level === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        }),
      );
      continue;
    }
    const end = block.start + block.text.length;
    const runs: (TextRun | CommentRangeStart | CommentRangeEnd)[] = [];
    let cursor = block.start;
    for (const claim of doc.claims
      .filter((c) => c.start >= block.start && c.end <= end)
      .sort((a, b) => a.start - b.start)) {
      if (claim.start > cursor)
        runs.push(new TextRun(block.text.slice(cursor - block.start, claim.start - block.start)));
      runs.push(
        new CommentRangeStart(claim.number),
        new TextRun(block.text.slice(claim.start - block.start, claim.end - block.start)),
        new CommentRangeEnd(claim.number),
        new TextRun({ children: [new CommentReference(claim.number)] }),
      );
      cursor = claim.end;
    }
    if (cursor < end) runs.push(new TextRun(block.text.slice(cursor - block.start)));
    paragraphs.push(new Paragraph({ children: runs, ...(block.inList ? { bullet: { level: 0 } } : {}) }));
  }
  const word = new Document({
    creator: "Claimwise",
    title: doc.title,
    comments: { children: comments },
    sections: [{ children: paragraphs }],
  });
  return {
    body: await Packer.toBuffer(word),
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
  };
}
