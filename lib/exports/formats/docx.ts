import "server-only";
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  type ICommentOptions,
  Packer,
  Paragraph,
  TextRun,
} from "docx";
import { textBlocks } from "@/lib/rich-text/text-blocks";
import type { AnnotatedClaim, AnnotatedDocument } from "../annotated-document";
import { claimsInBlocks } from "../claims-in-blocks";
import { critiqueSections, critiqueSummary, hasCritique } from "../critique-text";
import type { ExportFile } from "../export-file";
import type { RichParagraph } from "../rich-paragraphs";
import { safeUrl } from "../safe-url";

const wordParagraph = (runs: RichParagraph, bold = false) =>
  new Paragraph({
    children: runs.map((r) => {
      const href = safeUrl(r.href);
      const text = new TextRun({ text: r.text, bold, ...(href ? { style: "Hyperlink" } : {}) });
      return href ? new ExternalHyperlink({ link: href, children: [text] }) : text;
    }),
  });

/**
 * A claim's thread of Word comments: the critique as the first comment, authored by the editor who decided (with
 * the decision's date) or else the first reviewer, then each published review and each discussion comment as a
 * reply by its author with its own date (Word threads one level deep: a reply to a reply says whom it answers).
 */
function claimThread(claim: AnnotatedClaim, firstId: number, exportedAt: Date): ICommentOptions[] {
  const sections = critiqueSections(claim);
  const decision = sections.find((s) => s.kind === "decision");
  const reviews = sections.filter((s) => s.kind === "review" && s.author);
  const rest = sections.filter((s) => s !== decision && !reviews.includes(s));
  const lead = decision ?? reviews[0];
  const thread: ICommentOptions[] = [
    {
      id: firstId,
      author: lead?.author ?? "Claimwise",
      date: lead?.date ?? exportedAt,
      children: [
        wordParagraph([{ text: critiqueSummary(claim) }], true),
        ...(lead ? [wordParagraph([{ text: lead.title }], true), ...lead.paragraphs.map((p) => wordParagraph(p))] : []),
        ...rest.flatMap((s) => [
          wordParagraph([{ text: s.title }], true),
          ...s.paragraphs.map((p) => wordParagraph(p)),
        ]),
      ],
    },
  ];
  for (const review of reviews.filter((r) => r !== lead))
    thread.push({
      id: firstId + thread.length,
      parentId: firstId,
      author: review.author,
      date: review.date ?? exportedAt,
      children: [wordParagraph([{ text: review.title }], true), ...review.paragraphs.map((p) => wordParagraph(p))],
    });
  const authorOf = new Map(claim.comments.map((c) => [c.id, c.author]));
  for (const comment of claim.comments) {
    const answering = comment.depth > 1 && comment.parentId ? `In reply to ${authorOf.get(comment.parentId)}: ` : "";
    const [first = [], ...more] = comment.paragraphs;
    thread.push({
      id: firstId + thread.length,
      parentId: firstId,
      author: comment.author,
      date: comment.createdAt,
      children: [
        wordParagraph(answering ? [{ text: answering }, ...first] : first),
        ...more.map((p) => wordParagraph(p)),
      ],
    });
  }
  return thread;
}

/**
 * The article as a Word document with a native comment thread on each critiqued claim's text (decision, reviews,
 * sources, discussion as replies: Word's commentsExtended part threads them for Word and LibreOffice).
 */
export async function toDocx(doc: AnnotatedDocument): Promise<ExportFile> {
  const comments: ICommentOptions[] = [];
  const threadIds = new Map<string, number[]>();
  for (const claim of doc.claims.filter(hasCritique)) {
    const thread = claimThread(claim, comments.length, doc.exportedAt);
    comments.push(...thread);
    threadIds.set(
      claim.id,
      thread.map((c) => c.id),
    );
  }
  const paragraphs = [new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE })];
  const blocks = textBlocks(doc.revision.body);
  const threadedIn = claimsInBlocks(
    blocks,
    doc.claims.filter((c) => threadIds.has(c.id)),
  );
  for (const block of blocks) {
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
    for (const claim of threadedIn.get(block)!) {
      const ids = threadIds.get(claim.id)!;
      if (claim.start > cursor)
        runs.push(new TextRun(block.text.slice(cursor - block.start, claim.start - block.start)));
      runs.push(
        ...ids.map((id) => new CommentRangeStart(id)),
        new TextRun(block.text.slice(claim.start - block.start, claim.end - block.start)),
        ...ids.map((id) => new CommentRangeEnd(id)),
        ...ids.map((id) => new TextRun({ children: [new CommentReference(id)] })),
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
