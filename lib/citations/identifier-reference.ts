import type { IdentifierType } from "@/lib/generated/prisma/enums";
import type { CslItem } from "./csl";

/** An identifier written the way references cite it: "doi:10.1038/…", "PMID: 31978945", "arXiv:2101.00001". */
export function identifierReference(type: IdentifierType | null | undefined, value: string | null | undefined) {
  if (!type || !value) return null;
  switch (type) {
    case "DOI":
      return `doi:${value}`;
    case "PMID":
      return `PMID: ${value}`;
    case "PMCID":
      return `PMCID: ${value}`;
    case "ARXIV":
      return `arXiv:${value}`;
    case "ISBN":
      return `ISBN: ${value}`;
    case "URL":
      return value;
  }
}

const ARXIV_URL = /^https?:\/\/arxiv\.org\/abs\/(.+)$/i;

/** The identifier a CSL item carries, strongest first (the arXiv id lives in `number` or in its abs URL). */
export function cslIdentifier(item: CslItem): { type: IdentifierType; value: string } | null {
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
  const doi = str(item.DOI);
  if (doi) return { type: "DOI", value: doi };
  const pmid = str(item.PMID);
  if (pmid) return { type: "PMID", value: pmid };
  const pmcid = str(item.PMCID);
  if (pmcid) return { type: "PMCID", value: pmcid };
  const arxiv = str(item.URL)?.match(ARXIV_URL)?.[1];
  if (arxiv) return { type: "ARXIV", value: arxiv };
  const isbn = str(item.ISBN);
  if (isbn) return { type: "ISBN", value: isbn };
  const url = str(item.URL);
  return url ? { type: "URL", value: url } : null;
}

/**
 * Whether an item is only an identifier (added by DOI, PMID… before or without its metadata): no author and no
 * title other than the identifier itself. Such an item is cited by its identifier, not run through a style that
 * would mangle it ("1038/s41586…. (n.d.)").
 */
export function identifierOnlyReference(item: CslItem): string | null {
  const id = cslIdentifier(item);
  if (!id) return null;
  if (Array.isArray(item.author) && item.author.length) return null;
  if (Array.isArray(item.editor) && item.editor.length) return null;
  const title = typeof item.title === "string" ? item.title.trim().toLowerCase() : "";
  const own = [id.value, item.number, item.DOI, item.PMID, item.PMCID, item.ISBN, item.URL]
    .filter((v): v is string => typeof v === "string")
    .map((v) => v.trim().toLowerCase());
  if (title && !own.includes(title)) return null;
  return identifierReference(id.type, id.value);
}
