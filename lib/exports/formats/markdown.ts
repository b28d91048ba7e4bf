import { textBlocks } from "@/lib/rich-text/text-blocks";
import type { AnnotatedDocument } from "../annotated-document";
import { critiqueLines } from "../critique-text";
import type { ExportFile } from "../export-file";

const escapeMarkdown = (s: string) => s.replace(/([\\`*_[\]<>])/g, "\\$1");

/** Markdown with every claim followed by a footnote reference and its critique as the footnote. */
export function toMarkdown(doc: AnnotatedDocument): ExportFile {
  const lines = [`# ${escapeMarkdown(doc.title)}`, ""];
  if (doc.sourceUrl) lines.push(`Source: <${doc.sourceUrl}>`, "");
  for (const block of textBlocks(doc.revision.body)) {
    const end = block.start + block.text.length;
    const inside = doc.claims.filter((c) => c.start >= block.start && c.end <= end).sort((a, b) => a.end - b.end);
    let text = "";
    let cursor = block.start;
    for (const claim of inside) {
      text += `${escapeMarkdown(block.text.slice(cursor - block.start, claim.end - block.start))}[^${claim.number}]`;
      cursor = claim.end;
    }
    text += escapeMarkdown(block.text.slice(cursor - block.start));
    if (block.node.type === "heading") lines.push(`${"#".repeat(Number(block.node.attrs?.level ?? 2))} ${text}`, "");
    else if (block.inList) lines.push(`- ${text}`);
    else lines.push(text, "");
  }
  lines.push("", "---", "");
  for (const claim of doc.claims) {
    const [first, ...rest] = critiqueLines(claim).map(escapeMarkdown);
    lines.push(`[^${claim.number}]: ${first}`, ...rest.map((l) => `    ${l}`), "");
  }
  return {
    body: `${lines.join("\n").replace(/\n{3,}/g, "\n\n")}\n`,
    contentType: "text/markdown; charset=utf-8",
    extension: "md",
  };
}
