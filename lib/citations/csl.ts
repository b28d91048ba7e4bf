import "server-only";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import { AppError } from "@/lib/errors/app-error";

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
    if (!Array.isArray(input)) input = [input];
  }
  let items: CslItem[];
  try {
    items = new Cite(input, { forceType: FORCE_TYPE[format] }).data as CslItem[];
  } catch (error) {
    throw new AppError("INVALID", `Could not read that as ${format.toUpperCase()}: ${(error as Error).message}`);
  }
  const usable = items.filter((item) => item && typeof item === "object" && (item.title || item.DOI || item.URL));
  if (usable.length === 0)
    throw new AppError("INVALID", `No reference with a title, DOI or URL was found in that ${format.toUpperCase()}.`);
  return usable.map(({ _graph, id, ...item }) => item as CslItem);
}

/** APA and Vancouver references, formatted on the server. */
export function formatReference(item: CslItem, style: "apa" | "vancouver"): string {
  try {
    const text = new Cite([{ ...item, id: "ref" }]).format("bibliography", {
      format: "text",
      template: style,
      lang: "en-US",
    });
    return String(text)
      .trim()
      .replace(/^1\.\s*/, "");
  } catch {
    return item.title ?? item.DOI ?? item.URL ?? "Untitled reference";
  }
}
