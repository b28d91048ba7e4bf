import type { IdentifierType } from "@/lib/generated/prisma/enums";

export interface Identifier {
  type: IdentifierType;
  /** Normalised: DOIs lower-cased without resolver prefix, bare PMIDs, upper-case PMCIDs, ISBN-13 digits. */
  value: string;
  url: string;
}

export class IdentifierError extends Error {}

const DOI = /^10\.\d{4,9}\/\S+$/i;
const PMID = /^\d{1,8}$/;
const PMCID = /^PMC\d{1,9}$/i;
const ARXIV_NEW = /^\d{4}\.\d{4,5}(v\d+)?$/;
const ARXIV_OLD = /^[a-z-]+(\.[A-Z]{2})?\/\d{7}(v\d+)?$/i;

function isbn13(raw: string): string | null {
  const digits = raw.replace(/[-\s]/g, "").toUpperCase();
  if (/^\d{9}[\dX]$/.test(digits)) {
    const sum = [...digits].reduce((s, c, i) => s + (c === "X" ? 10 : Number(c)) * (10 - i), 0);
    if (sum % 11 !== 0) return null;
    const body = `978${digits.slice(0, 9)}`;
    const check = (10 - ([...body].reduce((s, c, i) => s + Number(c) * (i % 2 ? 3 : 1), 0) % 10)) % 10;
    return body + check;
  }
  if (/^97[89]\d{10}$/.test(digits)) {
    const sum = [...digits].reduce((s, c, i) => s + Number(c) * (i % 2 ? 3 : 1), 0);
    return sum % 10 === 0 ? digits : null;
  }
  return null;
}

function strip(raw: string, prefixes: RegExp): string {
  return raw.trim().replace(prefixes, "").trim();
}

const PARSERS: Record<IdentifierType, (raw: string) => Identifier | null> = {
  DOI: (raw) => {
    const value = strip(raw, /^(doi:\s*|https?:\/\/(dx\.)?doi\.org\/)/i).toLowerCase();
    return DOI.test(value) ? { type: "DOI", value, url: `https://doi.org/${value}` } : null;
  },
  PMID: (raw) => {
    const value = strip(raw, /^(pmid:\s*|https?:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/)/i).replace(/\/$/, "");
    return PMID.test(value) ? { type: "PMID", value, url: `https://pubmed.ncbi.nlm.nih.gov/${value}/` } : null;
  },
  PMCID: (raw) => {
    const value = strip(raw, /^(pmcid:\s*)/i).toUpperCase();
    return PMCID.test(value)
      ? { type: "PMCID", value, url: `https://www.ncbi.nlm.nih.gov/pmc/articles/${value}/` }
      : null;
  },
  ARXIV: (raw) => {
    const value = strip(raw, /^(arxiv:\s*|https?:\/\/arxiv\.org\/abs\/)/i);
    return ARXIV_NEW.test(value) || ARXIV_OLD.test(value)
      ? { type: "ARXIV", value, url: `https://arxiv.org/abs/${value}` }
      : null;
  },
  ISBN: (raw) => {
    const value = isbn13(strip(raw, /^isbn(-1[03])?:?\s*/i));
    return value ? { type: "ISBN", value, url: `https://search.worldcat.org/isbn/${value}` } : null;
  },
  URL: (raw) => {
    try {
      const url = new URL(raw.trim());
      if (url.protocol !== "https:" && url.protocol !== "http:") return null;
      url.hash = "";
      return { type: "URL", value: url.toString(), url: url.toString() };
    } catch {
      return null;
    }
  },
};

const HINTS: Record<IdentifierType, string> = {
  DOI: "a DOI looks like 10.1038/s41586-020-2649-2",
  PMID: "a PMID is up to 8 digits, e.g. 31978945",
  PMCID: "a PMCID looks like PMC7092803",
  ARXIV: "an arXiv id looks like 2101.00001 or q-bio/0501001",
  ISBN: "an ISBN has 10 or 13 digits with a valid check digit",
  URL: "a URL starts with http:// or https://",
};

/** Which kind of identifier a pasted string is, in the order that avoids ambiguity (a DOI URL is a DOI). */
const DETECT_ORDER: IdentifierType[] = ["DOI", "PMCID", "ARXIV", "PMID", "ISBN", "URL"];

/**
 * Validates and normalises an identifier; with no type given, recognises it. Malformed input gets a message that
 * says what was expected.
 */
export function parseIdentifier(raw: string, type?: IdentifierType): Identifier {
  if (!raw.trim()) throw new IdentifierError("Enter a DOI, PMID, PMCID, arXiv id, ISBN or URL.");
  if (type) {
    const parsed = PARSERS[type](raw);
    if (!parsed) throw new IdentifierError(`"${raw.trim().slice(0, 80)}" is not a valid ${type}: ${HINTS[type]}.`);
    return parsed;
  }
  for (const candidate of DETECT_ORDER) {
    const parsed = PARSERS[candidate](raw);
    if (parsed) return parsed;
  }
  throw new IdentifierError(
    `"${raw.trim().slice(0, 80)}" is not a DOI, PMID, PMCID, arXiv id, ISBN or URL (${HINTS.DOI}; ${HINTS.PMID}).`,
  );
}

/** Where a stored identifier resolves (what a reference links to); undefined for one that no longer parses. */
export function identifierUrl(type: IdentifierType | null, value: string | null): string | undefined {
  if (!type || !value) return undefined;
  try {
    return parseIdentifier(value, type).url;
  } catch {
    return undefined;
  }
}
