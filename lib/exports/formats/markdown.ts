import { textBlocks } from "@/lib/rich-text/text-blocks";
import type { AnnotatedDocument } from "../annotated-document";
import { claimsInBlocks } from "../claims-in-blocks";
import { critiqueSections, critiqueSummary, hasCritique, isoDate } from "../critique-text";
import type { ExportFile } from "../export-file";
import type { RichParagraph } from "../rich-paragraphs";
import { safeUrl } from "../safe-url";

// Everything Markdown (CommonMark, GFM, pandoc) could read as syntax or raw HTML; line starts are handled below.
const escapeMarkdown = (s: string) => s.replace(/([\\`*_[\]<>|~#&!])/g, "\\$1").replace(/\s*\n\s*/g, " ");
/** A line of ours never starts a list, heading, quote or table by accident. */
const escapeLineStart = (s: string) => s.replace(/^(\s*)([-+=>]|\d+[.)])/, "$1\\$2");

/** A link as an autolink-safe destination: parsed, http(s)/mailto only, percent-encoded (never raw HTML). */
function link(text: string, href: string | undefined) {
  const url = safeUrl(href);
  return url ? `[${escapeMarkdown(text)}](<${url}>)` : escapeMarkdown(text);
}

const paragraph = (runs: RichParagraph) => runs.map((r) => link(r.text, r.href)).join("");

/**
 * Markdown with every critiqued claim followed by a footnote reference and its whole critique as the footnote:
 * decision, published reviews, sources and the discussion (replies indented under what they answer).
 */
export function toMarkdown(doc: AnnotatedDocument): ExportFile {
  const lines = [`# ${escapeMarkdown(doc.title)}`, ""];
  const source = safeUrl(doc.sourceUrl);
  if (source) lines.push(`Source: <${source}>`, "");
  const noted = doc.claims.filter(hasCritique);
  let inList = false;
  const blocks = textBlocks(doc.revision.body);
  const notedIn = claimsInBlocks(blocks, noted);
  for (const block of blocks) {
    const inside = notedIn.get(block)!.sort((a, b) => a.end - b.end || a.number - b.number);
    let text = "";
    let cursor = block.start;
    for (const claim of inside) {
      text += `${escapeMarkdown(block.text.slice(cursor - block.start, claim.end - block.start))}[^${claim.number}]`;
      cursor = claim.end;
    }
    text += escapeMarkdown(block.text.slice(cursor - block.start));
    // A list ends with a blank line, or the next heading or paragraph would be read as part of its last item.
    if (inList && !block.inList) lines.push("");
    inList = block.inList;
    if (block.node.type === "heading") lines.push(`${"#".repeat(Number(block.node.attrs?.level ?? 2))} ${text}`, "");
    else if (block.inList) lines.push(`- ${text}`);
    else lines.push(escapeLineStart(text), "");
  }
  lines.push("", "---", "");
  for (const claim of noted) {
    lines.push(`[^${claim.number}]: ${escapeMarkdown(critiqueSummary(claim))}`);
    const body: string[] = [];
    for (const section of critiqueSections(claim)) {
      body.push(`**${escapeMarkdown(section.title)}**`, "");
      for (const p of section.paragraphs) body.push(escapeLineStart(paragraph(p)), "");
    }
    if (claim.comments.length) {
      body.push("**Discussion**", "");
      for (const comment of claim.comments) {
        const indent = "  ".repeat(comment.depth);
        const [first, ...rest] = comment.paragraphs;
        body.push(
          `${indent}- ${escapeMarkdown(comment.author)} (${isoDate(comment.createdAt)}): ${first ? paragraph(first) : ""}`,
        );
        for (const p of rest) body.push("", `${indent}  ${escapeLineStart(paragraph(p))}`);
      }
      body.push("");
    }
    // Footnote continuation: every line indented four spaces (blank lines stay blank).
    lines.push("", ...body.map((l) => (l ? `    ${l}` : "")), "");
  }
  return {
    body: `${lines.join("\n").replace(/\n{3,}/g, "\n\n")}\n`,
    contentType: "text/markdown; charset=utf-8",
    extension: "md",
  };
}
