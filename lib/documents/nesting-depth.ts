import { Parser } from "htmlparser2";
import { AppError } from "@/lib/errors/app-error";
import type { SourceFormat } from "./read-source";

/** Far deeper than any article's structure (real pages nest a few dozen levels); deeper is a crafted input. */
export const MAX_NESTING_DEPTH = 200;

const tooDeep = (depth: number) =>
  new AppError(
    "INVALID",
    `The document is nested ${depth.toLocaleString("en")} levels deep (the limit is ${MAX_NESTING_DEPTH}): ` +
      "it cannot be an article's structure. Import the article's text instead.",
  );

/** The deepest tag nesting of HTML (also raw HTML inside Markdown), in one linear pass that builds no tree. */
function htmlDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        if (depth > deepest) deepest = depth;
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  parser.end(source);
  return deepest;
}

/** The deepest Markdown block-quote nesting (`> > > …` at the start of a line). */
function quoteDepth(source: string): number {
  let deepest = 0;
  for (const match of source.matchAll(/^(?:[ \t]*>)+/gm)) {
    const depth = match[0].split(">").length - 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/**
 * Refuses sources nested deeper than any article (DESIGN.md rule 12): the parsers recurse per level, and some spend
 * time per level on every node below it, so `<b>` × 100,000 or `>` × 50,000 would overflow the stack or run for
 * minutes. Plain text has no nesting.
 */
export function assertNestingDepth(format: SourceFormat, source: string): void {
  if (format === "txt") return;
  const depth = Math.max(htmlDepth(source), format === "md" ? quoteDepth(source) : 0);
  if (depth > MAX_NESTING_DEPTH) throw tooDeep(depth);
}

/** The message for a parser that ran out of stack on a nesting the check above could not see. */
export const nestedTooDeeply = () => tooDeep(MAX_NESTING_DEPTH + 1);
