import "server-only";
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LineRuleType,
  Packer,
  Paragraph,
  TextRun,
} from "docx";
import { ZipFile } from "yazl";
import { textBlocks } from "@/lib/rich-text/text-blocks";
import type { AnnotatedClaim, AnnotatedDocument } from "../annotated-document";
import { claimsInBlocks } from "../claims-in-blocks";
import { critiqueSections, critiqueSummary, hasCritique } from "../critique-text";
import { commentParts, type WordComment } from "../docx/comments-part";
import type { ExportFile } from "../export-file";
import { safeUrl } from "../safe-url";

const heading = (text: string) => ({ runs: [{ text }], bold: true });

/**
 * A claim's thread of Word comments: the critique as the first comment, authored by the editor who decided (with
 * the decision's date) or else the first reviewer (else by Claimwise), then each published review and each
 * discussion comment as a reply by its author with its own date (Word threads one level deep: a reply to a reply says
 * whom it answers).
 */
function claimThread(claim: AnnotatedClaim, exportedAt: string): WordComment[] {
  const sections = critiqueSections(claim);
  const decision = sections.find((s) => s.kind === "decision");
  const reviews = sections.filter((s) => s.kind === "review" && s.author);
  const rest = sections.filter((s) => s !== decision && !reviews.includes(s));
  const lead = decision ?? reviews[0];
  const thread: WordComment[] = [
    {
      author: lead?.author ?? "Claimwise",
      // With neither, the thread is dated by its discussion's first comment: a date that stays (the export's does not,
      // and the thread's XML is kept by its content).
      date: lead?.date ?? claim.comments[0]?.createdAt ?? exportedAt,
      paragraphs: [
        heading(critiqueSummary(claim)),
        ...(lead ? [heading(lead.title), ...lead.paragraphs.map((runs) => ({ runs }))] : []),
        ...rest.flatMap((s) => [heading(s.title), ...s.paragraphs.map((runs) => ({ runs }))]),
      ],
    },
  ];
  for (const review of reviews.filter((r) => r !== lead))
    thread.push({
      author: review.author!,
      date: review.date ?? exportedAt,
      paragraphs: [heading(review.title), ...review.paragraphs.map((runs) => ({ runs }))],
    });
  const authorOf = new Map(claim.comments.map((c) => [c.id, c.author]));
  for (const comment of claim.comments) {
    const answering = comment.depth > 1 && comment.parentId ? `In reply to ${authorOf.get(comment.parentId)}: ` : "";
    const [first = [], ...more] = comment.paragraphs;
    thread.push({
      author: comment.author,
      date: comment.createdAt,
      paragraphs: [{ runs: answering ? [{ text: answering }, ...first] : first }, ...more.map((runs) => ({ runs }))],
    });
  }
  return thread;
}

/**
 * Comment ids that depend on the claim's place and its own thread only: each thread numbers from its claim's number
 * times a stride that fits the longest thread, so a change to one claim leaves every other thread's XML as it was
 * (comments-part.ts keeps it). Word and LibreOffice need ids unique, not consecutive.
 */
const strideFor = (threads: WordComment[][]) => 10 ** String(Math.max(9, ...threads.map((t) => t.length))).length;

/** docx registers the comments parts (content types, relationships) only for a document with threaded comments: a
 * placeholder thread makes it, and the parts' data is then commentParts' own. */
const REGISTER_THREADED_COMMENTS = [
  { id: 0, children: [] },
  { id: 1, parentId: 0, children: [] },
];

/**
 * docx's compiler: a document's package parts by path, as `Packer` zips them (overrides replace parts). Private in
 * docx's types though unchanged through docx 9; if it changes, the Word tests' readers (LibreOffice, the XML checks)
 * fail.
 */
const compiler = (
  Packer as unknown as {
    compiler: {
      compile(file: Document, prettify: undefined, overrides: { path: string; data: string }[]): Map<string, unknown>;
    };
  }
).compiler;

/**
 * The package zipped by Node's zlib (yazl) rather than by docx's deflate written in script (fflate): on a long
 * document that deflate was a third of the Word file's time.
 */
function zipPackage(parts: Map<string, unknown>): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [path, data] of parts)
    zip.addBuffer(typeof data === "string" ? Buffer.from(data) : Buffer.from(data as Uint8Array), path);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on("error", reject);
    zip.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
  });
}

/**
 * Readable without a template: space between paragraphs, and headings kept on the page of the text under them
 * (docx's defaults have neither, so paragraphs ran together and a heading could be left alone at the foot of a page).
 * The font is the reader's default. Sizes in half-points, spacing in twentieths of a point (line: 240ths of a line).
 */
const headingStyle = (size: number) => ({
  run: { size, bold: true },
  paragraph: { keepNext: true, keepLines: true, spacing: { before: 240, after: 80 } },
});
const STYLES = {
  default: {
    document: { run: { size: 22 }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
    title: headingStyle(36),
    heading1: headingStyle(30),
    heading2: headingStyle(26),
  },
};

/**
 * The article as a Word document with a native comment thread on each critiqued claim's text (decision, reviews,
 * sources, discussion as replies: Word's commentsExtended part threads them for Word and LibreOffice).
 */
export async function toDocx(doc: AnnotatedDocument): Promise<ExportFile> {
  const critiqued = doc.claims.filter(hasCritique);
  const comments = critiqued.map((claim) => claimThread(claim, doc.exportedAt));
  const stride = strideFor(comments);
  const threads = critiqued.map((claim, i) => ({ firstId: (claim.number - 1) * stride, comments: comments[i]! }));
  const threadIds = new Map(
    critiqued.map((claim, i) => [claim.id, threads[i]!.comments.map((_, k) => threads[i]!.firstId + k)]),
  );
  const source = safeUrl(doc.sourceUrl);
  const paragraphs = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [
        new TextRun({ text: `Annotated by Claimwise · revision ${doc.revision.number}`, color: "475569" }),
        ...(source
          ? [
              new TextRun({ text: " · Source: ", color: "475569" }),
              new ExternalHyperlink({ link: source, children: [new TextRun({ text: source, style: "Hyperlink" })] }),
            ]
          : []),
      ],
    }),
  ];
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
    styles: STYLES,
    comments: { children: threads.length ? REGISTER_THREADED_COMMENTS : [] },
    sections: [{ children: paragraphs }],
  });
  return {
    body: await zipPackage(compiler.compile(word, undefined, threads.length ? commentParts(threads) : [])),
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
  };
}
