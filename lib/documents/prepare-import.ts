import { createHash } from "node:crypto";
import { type ClaimDraft, draftClaims } from "@/lib/claims/build-claims";
import { type Segment, segment } from "@/lib/claims/segment";
import { AppError } from "@/lib/errors/app-error";
import { plainText } from "@/lib/rich-text/plain-text";
import { textBlocks } from "@/lib/rich-text/text-blocks";
import type { RichTextDoc } from "@/lib/rich-text/types";
import { assertParagraphSizes, parseSource } from "./parse-source";
import type { SourceFormat } from "./read-source";

export interface PreparedImport {
  title: string | null;
  body: RichTextDoc;
  plainText: string;
  contentHash: string;
  /** The sentences found (a claim's boundaries snap to these when it is re-anchored). */
  segments: Segment[];
  claims: ClaimDraft[];
}

/**
 * Everything an import computes before touching the database (one code path for the upload page, the command line
 * and the API): the body, its plain text, and a claim for each assertion with its selectors and suggested tier.
 */
export function prepareImport(format: SourceFormat, content: string): PreparedImport {
  const { title, body } = parseSource(format, content);
  const blocks = textBlocks(body);
  assertParagraphSizes(blocks);
  const text = plainText(body);
  const segments = segment(blocks);
  const claims = draftClaims(segments, text);
  if (claims.length === 0) {
    throw new AppError("INVALID", "No sentences were found to turn into claims: is this the article's text?");
  }
  return {
    title,
    body,
    plainText: text,
    contentHash: createHash("sha256").update(content).digest("hex"),
    segments,
    claims,
  };
}
