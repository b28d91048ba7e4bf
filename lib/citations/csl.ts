import "server-only";
import { createHash } from "node:crypto";
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import { AppError } from "@/lib/errors/app-error";
import { refuseUnstorable } from "@/lib/validation/parse";
import { identifierOnlyReference } from "./identifier-reference";

/** A CSL-JSON item (the subset we read; the rest is kept as it came). */
export interface CslItem {
  type?: string;
  title?: string;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  URL?: string;
  ISBN?: string;
  [key: string]: unknown;
}

export type ReferenceFormat = "bibtex" | "ris" | "csl-json";

const FORCE_TYPE: Record<ReferenceFormat, string> = {
  bibtex: "@bibtex/text",
  ris: "@ris/file",
  "csl-json": "@csl/list+object",
};

/** Parses pasted BibTeX, RIS or CSL-JSON (citation-js, offline: no identifier is looked up on the network). */
export function parseReferences(text: string, format: ReferenceFormat): CslItem[] {
  let input: unknown = text;
  if (format === "csl-json") {
    try {
      input = JSON.parse(text);
    } catch {
      throw new AppError("INVALID", "That is not valid JSON: paste a CSL-JSON item or a list of items.");
    }
    // An escaped NUL (`\u0000`) or deep nesting only appears once the JSON text is parsed.
    refuseUnstorable(input);
    if (!Array.isArray(input)) input = [input];
  }
  let items: CslItem[];
  try {
    items = new Cite(input, { forceType: FORCE_TYPE[format] }).data as CslItem[];
  } catch (error) {
    throw new AppError("INVALID", `Could not read that as ${format.toUpperCase()}: ${(error as Error).message}`);
  }
  refuseUnstorable(items);
  const usable = items.filter((item) => item && typeof item === "object" && (item.title || item.DOI || item.URL));
  if (usable.length === 0)
    throw new AppError("INVALID", `No reference with a title, DOI or URL was found in that ${format.toUpperCase()}.`);
  return usable.map(({ _graph, id, ...item }) => withSafeUrl(item as CslItem));
}

/**
 * A pasted reference's URL is kept only when it is http(s): a `javascript:` or `data:` URL would otherwise reach
 * the reading page's links and every export. Also applied when formatting, for references stored before.
 */
export function withSafeUrl(item: CslItem): CslItem {
  if (item.URL === undefined) return item;
  try {
    const url = new URL(String(item.URL).trim());
    if (url.protocol === "http:" || url.protocol === "https:") return item;
  } catch {
    // Not a URL at all: dropped below.
  }
  const { URL: _, ...rest } = item;
  return rest;
}

export type Style = "apa" | "vancouver";

/**
 * The styles as Claimwise shows references: each one in full beside the claim it backs (reading page and every
 * export), never cited in the text and never as one sorted bibliography. So each style is registered once, under
 * its own name as citation-js documents for custom styles (`plugins.config.get("@csl").styles.add`), with its
 * bibliography layout unchanged and without the parts that serve in-text citations and sorting:
 * - the `disambiguate-*` options. By CSL 1.0 `disambiguate-add-year-suffix` puts "2015a" on the cite and on its
 *   bibliography entry, lettered in the bibliography's order; with no in-text "2015a" pointing at it the suffix tells
 *   a reader nothing, it made an entry's text depend on which other references shared its citeproc pass (one work
 *   read "2015a" on a claim's page and "2015c" in an export, whichever the process's memo kept first), and citeproc's
 *   disambiguation over a document's many works by the same authors cost seconds. Without it every entry is a
 *   function of its own item, which is also what lets formatted entries be kept by content (formatted-references.ts);
 * - the citation layout, replaced by the shortest valid one: citeproc still renders every item's cite once (to
 *   register ambiguity): APA's took about a quarter of a 2,000-reference pass and most of the engine's construction;
 * - the bibliography's sort keys: we keep our own order (`nosort`), and citeproc computes the keys even then.
 */
function listedStyle(xml: string): string {
  return xml
    .replace(/<citation\b.*?<\/citation>/s, '<citation><layout><text variable="title"/></layout></citation>')
    .replace(/(<bibliography\b[^>]*>)<sort>.*?<\/sort>/s, "$1");
}
const cslStyles = plugins.config.get("@csl").styles;
const TEMPLATE = { apa: "claimwise-apa-listed", vancouver: "claimwise-vancouver-listed" } as const;
for (const [style, name] of Object.entries(TEMPLATE))
  if (!cslStyles.has(name)) cslStyles.add(name, listedStyle(cslStyles.get(style)));
const LANG = "en-US";
/** What a formatted entry depends on besides its item: the style's name and a hash of its template and language. */
export const STYLE_KEYS = Object.fromEntries(
  Object.entries(TEMPLATE).map(([style, name]) => [
    style,
    `${style}:${createHash("sha256").update(cslStyles.get(name)).update(LANG).digest("base64url").slice(0, 16)}`,
  ]),
) as Record<Style, string>;

const fallback = (item: CslItem) =>
  identifierOnlyReference(item) ?? item.title ?? item.DOI ?? item.URL ?? "Untitled reference";
// Vancouver entries start with their number ("1. "); APA entries never do, and may start with digits of their own.
const clean = (text: string, style: Style) =>
  style === "vancouver" ? text.trim().replace(/^\d+\.\s+/, "") : text.trim();

function formatBatch(items: CslItem[], style: Style): string[] {
  try {
    const entries = new Cite(items.map((item, i) => ({ ...withSafeUrl(item), id: `ref-${i}` }))).format(
      "bibliography",
      {
        format: "text",
        template: TEMPLATE[style],
        lang: LANG,
        asEntryArray: true,
        nosort: true,
      },
    ) as unknown as [string, string][];
    const byId = new Map(entries);
    return items.map((item, i) => {
      const text = byId.get(`ref-${i}`);
      return text ? clean(text, style) : fallback(item);
    });
  } catch {
    // One malformed item fails the whole batch: format them one by one so only it falls back.
    return items.length === 1 ? [fallback(items[0]!)] : items.map((item) => formatBatch([item], style)[0]!);
  }
}

/**
 * APA or Vancouver references for many items, in their order, in one citeproc pass (each entry depends only on its
 * own item). Callers that format many at once go through formatted-references.ts, which keeps them.
 */
export function formatReferences(items: CslItem[], style: Style): string[] {
  // An item that is only an identifier is cited as that identifier in every style.
  const bare = items.map(identifierOnlyReference);
  const rest = items.filter((_, i) => !bare[i]);
  const texts = rest.length ? formatBatch(rest, style) : [];
  let next = 0;
  return bare.map((reference) => reference ?? texts[next++]!);
}

export function formatReference(item: CslItem, style: Style): string {
  return formatReferences([item], style)[0]!;
}
