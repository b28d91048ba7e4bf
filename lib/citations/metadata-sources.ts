import "server-only";
import { XMLParser } from "fast-xml-parser";
import type { IdentifierType } from "@/lib/generated/prisma/enums";
import type { CslItem } from "./csl";

/**
 * Where a cited work's metadata comes from, per identifier type: DOIs by content negotiation at doi.org (Crossref,
 * DataCite and mEDRA all answer CSL-JSON there), PMIDs and PMCIDs from NCBI E-utilities' esummary, arXiv ids from
 * the arXiv API (Atom), ISBNs from Open Library. Base URLs come from the environment so tests and air-gapped
 * installations can point them elsewhere; `CITATION_METADATA=off` turns lookups off.
 */
export const LOOKUP_TYPES: IdentifierType[] = ["DOI", "PMID", "PMCID", "ARXIV", "ISBN"];

const env = (name: string, fallback: string) => (process.env[name] || fallback).replace(/\/$/, "");
const timeoutMs = () => Number(process.env.CITATION_METADATA_TIMEOUT_MS) || 5_000;
export const lookupsEnabled = () => process.env.CITATION_METADATA !== "off";

/** A lookup that could not be made (service unreachable, timed out, answered with an error): worth retrying later. */
export class MetadataUnavailable extends Error {}

async function get(url: string, accept: string): Promise<Response | null> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: accept, "User-Agent": "Claimwise (citation metadata)" },
      signal: AbortSignal.timeout(timeoutMs()),
      redirect: "follow",
    });
  } catch (error) {
    throw new MetadataUnavailable(`${new URL(url).host} did not answer (${(error as Error).name}).`);
  }
  if (response.status === 404) return null;
  if (!response.ok) throw new MetadataUnavailable(`${new URL(url).host} answered ${response.status}.`);
  return response;
}

const KEEP = [
  "type",
  "title",
  "author",
  "editor",
  "container-title",
  "container-title-short",
  "volume",
  "issue",
  "page",
  "issued",
  "publisher",
  "publisher-place",
  "number",
  "DOI",
  "PMID",
  "PMCID",
  "ISBN",
  "URL",
  "language",
] as const;
/** Only the fields a reference shows (Crossref's answers also carry reference lists, licences, funders…). */
const trim = (item: Record<string, unknown>): CslItem =>
  Object.fromEntries(KEEP.filter((k) => item[k] !== undefined && item[k] !== "").map((k) => [k, item[k]])) as CslItem;

async function doi(value: string): Promise<CslItem | null> {
  const response = await get(
    `${env("CITATION_METADATA_DOI_URL", "https://doi.org")}/${encodeURIComponent(value).replace(/%2F/g, "/")}`,
    "application/vnd.citationstyles.csl+json",
  );
  if (!response) return null;
  const item = (await response.json()) as Record<string, unknown>;
  return typeof item.title === "string" ? trim(item) : null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "2020 Feb 20" → [2020, 2, 20] (NCBI's pubdate). */
function ncbiDate(pubdate: unknown): number[] | null {
  const [year, month, day] = String(pubdate ?? "").split(/\s+/);
  if (!year || !/^\d{4}$/.test(year)) return null;
  const m = month ? MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1 : 0;
  return [Number(year), ...(m ? [m, ...(day && /^\d+$/.test(day) ? [Number(day)] : [])] : [])];
}

/** An esummary record (PubMed or PMC, same shape) as CSL-JSON. */
function fromEsummary(record: Record<string, unknown>): CslItem | null {
  if (typeof record.title !== "string" || record.error) return null;
  const ids = new Map(
    ((record.articleids ?? []) as { idtype: string; value: string }[]).map((a) => [a.idtype, a.value] as const),
  );
  const date = ncbiDate(record.pubdate);
  return trim({
    type: "article-journal",
    title: record.title.replace(/\.$/, ""),
    author: ((record.authors ?? []) as { name: string; authtype?: string }[])
      .filter((a) => !a.authtype || a.authtype === "Author")
      .map((a) => {
        const [family, ...given] = a.name.split(" ");
        return given.length ? { family, given: given.join(" ") } : { literal: a.name };
      }),
    "container-title": record.fulljournalname || record.source,
    "container-title-short": record.source,
    volume: record.volume,
    issue: record.issue,
    page: record.pages,
    issued: date ? { "date-parts": [date] } : undefined,
    DOI: ids.get("doi"),
    PMID: ids.get("pubmed") ?? ids.get("pmid"),
    PMCID: ids.get("pmc") ?? ids.get("pmcid"),
  });
}

async function esummary(db: "pubmed" | "pmc", id: string): Promise<CslItem | null> {
  const base = env("CITATION_METADATA_NCBI_URL", "https://eutils.ncbi.nlm.nih.gov/entrez/eutils");
  const response = await get(
    `${base}/esummary.fcgi?db=${db}&id=${encodeURIComponent(id)}&retmode=json`,
    "application/json",
  );
  if (!response) return null;
  const body = (await response.json()) as { result?: Record<string, unknown> };
  const record = body.result?.[id] as Record<string, unknown> | undefined;
  return record ? fromEsummary(record) : null;
}

const atom = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "author" });
const oneSpace = (s: unknown) =>
  String(s ?? "")
    .replace(/\s+/g, " ")
    .trim();

async function arxiv(value: string): Promise<CslItem | null> {
  const base = env("CITATION_METADATA_ARXIV_URL", "https://export.arxiv.org/api/query");
  const response = await get(`${base}?id_list=${encodeURIComponent(value)}&max_results=1`, "application/atom+xml");
  if (!response) return null;
  const entry = (atom.parse(await response.text()).feed?.entry ?? [])[0] as Record<string, unknown> | undefined;
  // An unknown id comes back as an entry titled "Error".
  if (!entry?.published || oneSpace(entry.title) === "Error") return null;
  const published = String(entry.published).slice(0, 10).split("-").map(Number);
  return trim({
    type: "article",
    title: oneSpace(entry.title),
    author: ((entry.author ?? []) as { name: string }[]).map((a) => {
      const parts = oneSpace(a.name).split(" ");
      return parts.length > 1 ? { family: parts.at(-1), given: parts.slice(0, -1).join(" ") } : { literal: parts[0] };
    }),
    "container-title": "arXiv",
    publisher: "arXiv",
    number: value,
    issued: { "date-parts": [published] },
    DOI: entry["arxiv:doi"] ? oneSpace(entry["arxiv:doi"]) : undefined,
    URL: `https://arxiv.org/abs/${value}`,
  });
}

async function openLibrary(isbn: string): Promise<CslItem | null> {
  const base = env("CITATION_METADATA_OPENLIBRARY_URL", "https://openlibrary.org");
  const response = await get(`${base}/api/books?bibkeys=ISBN:${isbn}&format=json&jscmd=data`, "application/json");
  if (!response) return null;
  const book = ((await response.json()) as Record<string, Record<string, unknown>>)[`ISBN:${isbn}`];
  if (!book || typeof book.title !== "string") return null;
  const year = String(book.publish_date ?? "").match(/\d{4}/)?.[0];
  return trim({
    type: "book",
    title: book.subtitle ? `${book.title}: ${book.subtitle}` : book.title,
    author: ((book.authors ?? []) as { name: string }[]).map((a) => {
      const parts = oneSpace(a.name).split(" ");
      return parts.length > 1 ? { family: parts.at(-1), given: parts.slice(0, -1).join(" ") } : { literal: parts[0] };
    }),
    publisher: ((book.publishers ?? []) as { name: string }[])[0]?.name,
    issued: year ? { "date-parts": [[Number(year)]] } : undefined,
    ISBN: isbn,
  });
}

/**
 * The metadata of one identifier from its registry: null when the registry does not know it, MetadataUnavailable
 * when it could not be asked (a retry may succeed).
 */
export async function fetchMetadata(
  type: IdentifierType,
  value: string,
): Promise<{ csl: CslItem; source: string } | null> {
  const found = async (csl: Promise<CslItem | null>, source: string) => {
    const item = await csl;
    return item ? { csl: item, source } : null;
  };
  switch (type) {
    case "DOI":
      return found(doi(value), "doi.org");
    case "PMID":
      return found(esummary("pubmed", value), "NCBI PubMed");
    case "PMCID":
      return found(esummary("pmc", value.replace(/^PMC/i, "")), "NCBI PMC");
    case "ARXIV":
      return found(arxiv(value), "arXiv");
    case "ISBN":
      return found(openLibrary(value), "Open Library");
    default:
      return null;
  }
}
