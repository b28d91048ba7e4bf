import type { CslItem } from "@/lib/citations/csl";
import { cslIdentifier, identifierOnlyReference } from "@/lib/citations/identifier-reference";
import { AppError } from "@/lib/errors/app-error";
import type { AnnotatedDocument } from "../annotated-document";
import type { ExportFile } from "../export-file";
import { safeUrl } from "../safe-url";
import { workKey } from "../work-key";

/** Every cited work once. */
function citedWorks(doc: AnnotatedDocument): CslItem[] {
  const seen = new Map<string, CslItem>();
  for (const claim of doc.claims) {
    for (const c of claim.citations) {
      const key = workKey(c);
      if (!seen.has(key)) seen.set(key, c.csl);
    }
  }
  if (seen.size === 0)
    throw new AppError("NOT_FOUND", "This document cites no sources yet, so there are no references to export.");
  return [...seen.values()];
}

/** One line of text: newlines, tabs and other control characters become single spaces (a field never spans lines). */
const oneLine = (value: unknown) =>
  typeof value === "string" || typeof value === "number"
    ? String(value)
        .replace(/[\s\p{Cc}\u2028\u2029]+/gu, " ")
        .trim()
    : "";

interface Name {
  family?: string;
  given?: string;
  literal?: string;
}
const names = (item: CslItem, field: "author" | "editor") =>
  (Array.isArray(item[field]) ? (item[field] as Name[]) : []).filter((n) => n && (n.family || n.literal));
const year = (item: CslItem) => {
  const parts = (item.issued as { "date-parts"?: unknown[][] } | undefined)?.["date-parts"]?.[0];
  const y = parts?.[0];
  return typeof y === "number" || (typeof y === "string" && /^\d{4}$/.test(y)) ? String(y) : "";
};
const dateParts = (item: CslItem) =>
  ((item.issued as { "date-parts"?: unknown[][] } | undefined)?.["date-parts"]?.[0] ?? [])
    .map(Number)
    .filter(Number.isFinite);

/** The work's title; none for a work known only by its identifier (its identifier is not its title). */
const ownTitle = (item: CslItem) => (identifierOnlyReference(item) ? undefined : item.title);

// ---------- BibTeX (biblatex-style UTF-8) ----------

const BIBTEX_TYPES: Record<string, string> = {
  "article-journal": "article",
  article: "article",
  "article-magazine": "article",
  "article-newspaper": "article",
  book: "book",
  chapter: "incollection",
  "paper-conference": "inproceedings",
  report: "report",
  thesis: "thesis",
  webpage: "online",
  dataset: "dataset",
};

/**
 * A field value in braces, the text kept as Unicode (biblatex and biber read UTF-8; LaTeX accent escapes would be
 * lossy and read back wrong): only the characters LaTeX itself treats as syntax are escaped.
 */
const bibValue = (value: unknown) =>
  oneLine(value).replace(/[\\{}&%$#_^~]/g, (c) =>
    c === "\\" ? "\\textbackslash{}" : c === "^" ? "\\^{}" : c === "~" ? "\\~{}" : `\\${c}`,
  );

const bibName = (n: Name) =>
  n.literal ? `{${bibValue(n.literal)}}` : [n.family, n.given].filter(Boolean).map(bibValue).join(", ");

const STOP_WORDS = new Set(["a", "an", "the", "of", "on", "in", "and", "for", "to", "with", "from", "at", "by"]);
/** Letters and digits of a word folded to ASCII (keys are ASCII: LaTeX, biber and every parser accept them). */
const asciiWord = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]/g, "")
    .toLowerCase();

/** author + year + first significant title word, e.g. `harris2020array`; works without either fall back to the identifier kind. */
function baseKey(item: CslItem): string {
  const person = names(item, "author")[0] ?? names(item, "editor")[0];
  const who = person ? asciiWord(person.family ?? person.literal ?? "") : "";
  const word =
    String(ownTitle(item) ?? "")
      .split(/\s+/)
      .map(asciiWord)
      .find((w) => w && !STOP_WORDS.has(w)) ?? "";
  const key = `${who}${year(item)}${word}`;
  if (/^[a-z]/.test(key)) return key.slice(0, 40);
  const id = cslIdentifier(item);
  return `${id ? id.type.toLowerCase() : "ref"}${key || (id ? asciiWord(id.value).slice(-12) : "")}`.slice(0, 40);
}

/** Unique keys: a second `harris2020array` becomes `harris2020arraya`, then `…b` (as biblatex's own labels do). */
function uniqueKeys(items: CslItem[]): string[] {
  const used = new Set<string>();
  return items.map((item) => {
    const base = baseKey(item);
    let key = base;
    for (let n = 0; used.has(key); n++) key = `${base}${n < 26 ? String.fromCharCode(97 + n) : n}`;
    used.add(key);
    return key;
  });
}

/**
 * One entry in the fields classic BibTeX styles know (`journal`, `year`, `month`), which biblatex reads too as the
 * aliases of its own (`journaltitle`, `date`); biblatex's own names were dropped by BibTeX styles.
 */
function bibtexEntry(item: CslItem, key: string): string {
  const id = cslIdentifier(item);
  const [year, month] = dateParts(item);
  const fields: [string, string][] = [
    ["author", names(item, "author").map(bibName).join(" and ")],
    ["editor", names(item, "editor").map(bibName).join(" and ")],
    ["title", bibValue(ownTitle(item))],
    ["journal", bibValue(item["container-title"])],
    ["publisher", bibValue(item.publisher)],
    ["year", year === undefined ? "" : String(year)],
    ["month", month === undefined ? "" : String(month)],
    ["volume", bibValue(item.volume)],
    ["number", bibValue(item.issue)],
    // A range's dash as BibTeX writes it (an en dash in print).
    ["pages", bibValue(item.page).replace(/(\d)\s*[-–]\s*(\d)/g, "$1--$2")],
    ["doi", bibValue(item.DOI)],
    ["isbn", bibValue(item.ISBN)],
    ...(id?.type === "PMID" || (!id && item.PMID)
      ? ([
          ["eprint", bibValue(item.PMID)],
          ["eprinttype", "pubmed"],
        ] as [string, string][])
      : []),
    ...(id?.type === "ARXIV"
      ? ([
          ["eprint", bibValue(id.value)],
          ["eprinttype", "arxiv"],
        ] as [string, string][])
      : []),
    ["url", bibValue(safeUrl(item.URL))],
  ];
  const body = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = {${v}}`);
  return `@${BIBTEX_TYPES[String(item.type)] ?? "misc"}{${key},\n${body.join(",\n")}\n}\n`;
}

export function toBibtex(doc: AnnotatedDocument): ExportFile {
  const works = citedWorks(doc);
  const keys = uniqueKeys(works);
  return {
    body: works.map((item, i) => bibtexEntry(item, keys[i]!)).join("\n"),
    contentType: "application/x-bibtex; charset=utf-8",
    extension: "bib",
  };
}

// ---------- RIS ----------

const RIS_TYPES: Record<string, string> = {
  "article-journal": "JOUR",
  article: "JOUR",
  "article-magazine": "MGZN",
  "article-newspaper": "NEWS",
  book: "BOOK",
  chapter: "CHAP",
  "paper-conference": "CPAPER",
  report: "RPRT",
  thesis: "THES",
  webpage: "ELEC",
  dataset: "DATA",
};

/**
 * One RIS record. Every value sits on its own tagged line, never wrapped (RIS has no continuation lines: a wrapped
 * line is an error or a new field to readers), with newlines collapsed, so a title can never start a record.
 */
function risRecord(item: CslItem): string {
  const id = cslIdentifier(item);
  const parts = dateParts(item);
  const [first, last] = oneLine(item.page).split(/[-–]/);
  const lines: [string, string][] = [
    ["TY", RIS_TYPES[String(item.type)] ?? "GEN"],
    ...names(item, "author").map((n): [string, string] => [
      "AU",
      oneLine(n.literal ?? [n.family, n.given].filter(Boolean).join(", ")),
    ]),
    ...names(item, "editor").map((n): [string, string] => [
      "A2",
      oneLine(n.literal ?? [n.family, n.given].filter(Boolean).join(", ")),
    ]),
    ["TI", oneLine(ownTitle(item))],
    ["T2", oneLine(item["container-title"])],
    ["PY", year(item)],
    [
      "DA",
      parts.length
        ? `${parts[0]}/${parts[1] ? String(parts[1]).padStart(2, "0") : ""}/${parts[2] ? String(parts[2]).padStart(2, "0") : ""}/`
        : "",
    ],
    ["VL", oneLine(item.volume)],
    ["IS", oneLine(item.issue)],
    ["SP", first ?? ""],
    ["EP", last ?? ""],
    ["PB", oneLine(item.publisher)],
    ["SN", oneLine(item.ISBN)],
    ["DO", oneLine(item.DOI)],
    ["AN", id?.type === "PMID" ? `PMID: ${id.value}` : id?.type === "ARXIV" ? `arXiv:${id.value}` : ""],
    ["UR", oneLine(safeUrl(item.URL))],
  ];
  return `${[...lines.filter(([, v]) => v), ["ER", ""]].map(([tag, v]) => `${tag}  - ${v}`).join("\r\n")}\r\n`;
}

export function toRis(doc: AnnotatedDocument): ExportFile {
  return {
    body: citedWorks(doc).map(risRecord).join("\r\n"),
    contentType: "application/x-research-info-systems; charset=utf-8",
    extension: "ris",
  };
}
