import { Parser } from "htmlparser2";
import { AppError } from "@/lib/errors/app-error";
import type { SourceFormat } from "./read-source";

/** Far deeper than any article's structure (real pages nest a few dozen levels); deeper is a crafted input. */
export const MAX_NESTING_DEPTH = 200;

const tooDeep = () =>
  new AppError(
    "INVALID",
    `The document is nested more than ${MAX_NESTING_DEPTH} levels deep: that cannot be an article's structure. ` +
      "Import the article's text instead.",
  );

/**
 * Whether HTML (also raw HTML inside Markdown) nests tags deeper than the limit, in one pass that builds no tree and
 * stops at the first tag past the limit (the parser's own bookkeeping grows with the depth, so it never gets deep).
 */
function htmlTooDeep(source: string): boolean {
  let depth = 0;
  const parser = new Parser(
    {
      onopentag() {
        if (++depth > MAX_NESTING_DEPTH) throw tooDeep();
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  try {
    parser.end(source);
    return false;
  } catch (error) {
    if (error instanceof AppError) return true;
    throw error;
  }
}

/** Whether Markdown block quotes (`> > > …` at the start of a line) nest deeper than the limit. */
function quotesTooDeep(source: string): boolean {
  for (const match of source.matchAll(/^(?:[ \t]*>)+/gm)) {
    if (match[0].split(">").length - 1 > MAX_NESTING_DEPTH) return true;
  }
  return false;
}

/**
 * Refuses sources nested deeper than any article (DESIGN.md rule 12): the parsers recurse per level, and some spend
 * time per level on every node below it, so `<b>` × 100,000 or `>` × 50,000 would overflow the stack or run for
 * minutes. Plain text has no nesting.
 */
export function assertNestingDepth(format: SourceFormat, source: string): void {
  if (format === "txt") return;
  if (htmlTooDeep(source) || (format === "md" && quotesTooDeep(source))) throw tooDeep();
}

/** The refusal for a parser that ran out of stack on a nesting the check above could not see. */
export const nestedTooDeeply = tooDeep;
