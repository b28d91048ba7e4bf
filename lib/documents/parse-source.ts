import { AppError } from "@/lib/errors/app-error";
import { parseHtml } from "./parse-html";
import { parseMarkdown } from "./parse-markdown";
import { type ParsedDocument, parseText } from "./parse-text";
import type { SourceFormat } from "./read-source";

/** Longer than any real paragraph; a larger one is a pasted dump that cannot be reviewed claim by claim. */
export const MAX_PARAGRAPH_CHARS = 20_000;

const PARSERS: Record<SourceFormat, (source: string) => ParsedDocument> = {
  txt: parseText,
  md: parseMarkdown,
  html: parseHtml,
};

/** Parses a source in any import format into the document schema, refusing what cannot be reviewed. */
export function parseSource(format: SourceFormat, source: string): ParsedDocument {
  if (source.includes("\u0000")) throw new AppError("INVALID", "The document contains binary data, not text.");
  const parsed = PARSERS[format](source);
  if (parsed.body.content.length === 0) throw new AppError("INVALID", "The document has no text to import.");
  return parsed;
}

export function assertParagraphSizes(blocks: { text: string }[]): void {
  const long = blocks.find((b) => b.text.length > MAX_PARAGRAPH_CHARS);
  if (long) {
    throw new AppError(
      "INVALID",
      `One paragraph is ${long.text.length.toLocaleString("en")} characters long (the limit is ` +
        `${MAX_PARAGRAPH_CHARS.toLocaleString("en")}): "${long.text.slice(0, 60)}…". Split it into paragraphs first.`,
    );
  }
}
