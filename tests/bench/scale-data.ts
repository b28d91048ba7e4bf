// The `--scale` installation: at factor 1, 1,000,000 claims in 2,000 documents, 100,000 reviews, 200,000 comments
// and 50,000 citations, bulk-loaded with COPY through the `postgres` client. Everything here is GENERATED for the
// benchmark: the sentences, names, titles and DOIs (under 10.5555, Crossref's prefix for test DOIs) are invented and
// mean nothing. The text follows the shapes search meets in real use: a common word ("mice", in about one claim in
// eight) and rare coined words (each in a handful of claims).
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type postgres from "postgres";

export const CLAIMS_PER_DOCUMENT = 500;
const REVIEWED_PER_DOCUMENT = 25; // each graded by the document's two reviewers: 50 reviews a document
const COMMENTS_PER_DOCUMENT = 100;
const CITATIONS_PER_DOCUMENT = 25;
const SENTENCES_PER_PARAGRAPH = 10;

export interface ScaleSize {
  documents: number;
  claims: number;
  reviews: number;
  comments: number;
  citations: number;
}

export function scaleSize(factor: number): ScaleSize {
  const documents = Math.max(10, Math.round(2000 * factor));
  return {
    documents,
    claims: documents * CLAIMS_PER_DOCUMENT,
    reviews: documents * REVIEWED_PER_DOCUMENT * 2,
    comments: documents * COMMENTS_PER_DOCUMENT,
    citations: documents * CITATIONS_PER_DOCUMENT,
  };
}

/** A small deterministic generator (mulberry32), so every run builds the same installation. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

const SUBJECTS = ["Mice", "Rats", "Patients", "Volunteers", "Zebrafish", "Organoids", "Adults", "Children"] as const;
const VERBS = ["showed", "developed", "regained", "lost", "reported", "kept", "doubled", "halved"] as const;
const OBJECTS = [
  "memory",
  "neurogenesis",
  "synaptic density",
  "mood scores",
  "motor function",
  "inflammation",
  "sleep quality",
  "blood flow",
  "plasticity",
  "attention",
] as const;
const CONTEXTS = [
  "after the infusion",
  "within four weeks",
  "in the hippocampus",
  "compared with placebo",
  "at the higher dose",
  "in a small pilot",
  "after stem cell grafts",
  "under stress",
] as const;
const SYLLABLES = "ka ve ri tol mun zar pel quo dris fen lak sor bim tez gru nax hul vor pim sal".split(" ");
const FAMILIES = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak", "Costa", "Iyer", "Weber", "Kim"];
const GIVEN = ["A.", "B.", "C.", "D.", "E.", "F.", "G.", "H."];

const TIERS = ["PRECLINICAL", "EARLY_HUMAN_TRIAL", "SPECULATIVE"] as const;
const CERTAINTIES = ["HIGH", "MODERATE", "LOW", "VERY_LOW"] as const;
const REVISION_COLUMNS = ["id", "documentId", "number", "body", "plainText", "sourceFormat", "contentHash"];
const CLAIM_COLUMNS = [
  "id",
  "documentId",
  "revisionId",
  "position",
  "exact",
  "prefix",
  "suffix",
  "start",
  "end",
  "tier",
  "tierSource",
  "updatedAt",
];

/** A coined word from three syllables: 8,000 of them, so each is rare. */
export const coined = (n: number) =>
  SYLLABLES[n % 20]! + SYLLABLES[Math.floor(n / 20) % 20]! + SYLLABLES[Math.floor(n / 400) % 20]!;
/** A coined word the generator puts into a few claims, for the "rare term" search. */
export const RARE_TERM = coined(4321);
export const COMMON_TERM = "mice";

export const ids = {
  document: (d: number) => `sdoc${d}`,
  revision: (d: number) => `srev${d}`,
  claim: (d: number, p: number) => `scl${d}x${p}`,
  reviewer: (r: number) => `sreviewer${r}`,
};

function claimText(next: () => number, n: number): string {
  const subject = pick(next, SUBJECTS);
  const word = next() < 0.25 ? ` (${coined(Math.floor(next() * 8000))})` : "";
  return `${subject} ${pick(next, VERBS)} ${pick(next, OBJECTS)} ${pick(next, CONTEXTS)}${word}, study ${n}.`;
}

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
/** COPY's text format: tab-separated, \N for null, backslash, tab and newline escaped. */
const field = (value: unknown): string => {
  if (value === null || value === undefined) return "\\N";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
};
const line = (values: unknown[]) => `${values.map(field).join("\t")}\n`;

async function copy(sql: postgres.Sql, table: string, columns: string[], rows: Iterable<string>) {
  const list = columns.map((c) => `"${c}"`).join(", ");
  const stream = await sql.unsafe(`COPY "${table}" (${list}) FROM STDIN`).writable();
  await pipeline(Readable.from(batched(rows)), stream);
}
/** Lines joined into chunks of about 256 KB: one stream write per line would dominate the load. */
function* batched(rows: Iterable<string>) {
  let chunk = "";
  for (const row of rows) {
    chunk += row;
    if (chunk.length > 262_144) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

/**
 * Loads the installation into a migrated database that already has the demo accounts. The loading session skips
 * foreign-key triggers (session_replication_role = replica): the rows are consistent by construction, and checking
 * three million references one by one would take longer than the load.
 */
export async function loadScale(sql: postgres.Sql, size: ScaleSize, editorId: string, reviewers: number) {
  const now = new Date().toISOString();
  const docs = size.documents;
  const status = (d: number) => (d % 10 === 8 ? "IN_REVIEW" : d % 10 === 9 ? "DRAFT" : "PUBLISHED");
  const visibility = (d: number) => (d % 10 === 7 ? "MEMBERS" : "PUBLIC");
  const docReviewers = (d: number) => [(d * 2) % reviewers, (d * 2 + 1) % reviewers];
  await sql.unsafe("SET session_replication_role = replica");

  await copy(
    sql,
    "User",
    ["id", "email", "name", "role", "updatedAt"],
    (function* () {
      for (let r = 0; r < reviewers; r++)
        yield line([ids.reviewer(r), `scale-reviewer-${r}@example.org`, `Scale Reviewer ${r}`, "REVIEWER", now]);
    })(),
  );

  await copy(
    sql,
    "Document",
    ["id", "slug", "title", "status", "visibility", "currentRevisionId", "createdById", "publishedAt", "updatedAt"],
    (function* () {
      for (let d = 0; d < docs; d++) {
        // Spread over the last weeks, so "most recently changed" is a real ordering.
        const updated = new Date(Date.now() - d * 60_000).toISOString();
        const published = status(d) === "PUBLISHED" ? updated : null;
        yield line([
          ids.document(d),
          `scale-document-${d}`,
          `Scale document ${d}: ${pick(random(d), OBJECTS)} in ${pick(random(d + 1), SUBJECTS).toLowerCase()}`,
          status(d),
          visibility(d),
          ids.revision(d),
          editorId,
          published,
          updated,
        ]);
      }
    })(),
  );

  // Revisions and claims together, 100 documents at a time: a claim's selectors are offsets into its revision's
  // plain text, and no batch holds more than 50,000 claim lines.
  for (let from = 0; from < docs; from += 100) {
    const revisions: string[] = [];
    const claims: string[] = [];
    for (let d = from; d < Math.min(docs, from + 100); d++) {
      const next = random(1_000_003 * (d + 1));
      const sentences = Array.from({ length: CLAIMS_PER_DOCUMENT }, (_, p) =>
        claimText(next, d * CLAIMS_PER_DOCUMENT + p),
      );
      const paragraphs: string[] = [];
      for (let i = 0; i < sentences.length; i += SENTENCES_PER_PARAGRAPH)
        paragraphs.push(sentences.slice(i, i + SENTENCES_PER_PARAGRAPH).join(" "));
      const text = paragraphs.join("\n");
      let cursor = 0;
      sentences.forEach((exact, p) => {
        const start = text.indexOf(exact, cursor);
        const end = start + exact.length;
        cursor = end;
        claims.push(
          line([
            ids.claim(d, p),
            ids.document(d),
            ids.revision(d),
            p,
            exact,
            text.slice(Math.max(0, start - 32), start),
            text.slice(end, end + 32),
            start,
            end,
            pick(next, TIERS),
            "PERSON",
            now,
          ]),
        );
      });
      revisions.push(
        line([
          ids.revision(d),
          ids.document(d),
          1,
          { type: "doc", content: paragraphs.map(paragraph) },
          text,
          "TXT",
          `scale-${d}`,
        ]),
      );
    }
    await copy(sql, "Revision", REVISION_COLUMNS, revisions);
    await copy(sql, "Claim", CLAIM_COLUMNS, claims);
  }

  await copy(
    sql,
    "Assignment",
    ["documentId", "reviewerId", "assignedById"],
    (function* () {
      for (let d = 0; d < docs; d++)
        for (const r of docReviewers(d)) yield line([ids.document(d), ids.reviewer(r), editorId]);
    })(),
  );

  await copy(
    sql,
    "Review",
    [
      "id",
      "claimId",
      "reviewerId",
      "certainty",
      "riskOfBias",
      "tierOpinion",
      "rationale",
      "status",
      "submittedAt",
      "updatedAt",
    ],
    (function* () {
      const next = random(7);
      for (let d = 0; d < docs; d++)
        for (let p = 0; p < REVIEWED_PER_DOCUMENT; p++)
          for (const r of docReviewers(d)) {
            const submitted = status(d) !== "DRAFT";
            yield line([
              `srv${d}x${p}x${r}`,
              ids.claim(d, p),
              ids.reviewer(r),
              pick(next, CERTAINTIES),
              "SERIOUS",
              pick(next, TIERS),
              {
                type: "doc",
                content: [paragraph(`Generated rationale ${d}-${p}: the ${pick(next, OBJECTS)} data are thin.`)],
              },
              submitted ? "SUBMITTED" : "DRAFT",
              submitted ? now : null,
              now,
            ]);
          }
    })(),
  );

  await copy(
    sql,
    "Decision",
    ["id", "claimId", "editorId", "tier", "certainty", "updatedAt"],
    (function* () {
      const next = random(11);
      for (let d = 0; d < docs; d++) {
        if (status(d) !== "PUBLISHED") continue;
        for (let p = 0; p < REVIEWED_PER_DOCUMENT; p++)
          yield line([`sdc${d}x${p}`, ids.claim(d, p), editorId, pick(next, TIERS), pick(next, CERTAINTIES), now]);
      }
    })(),
  );

  await copy(
    sql,
    "Comment",
    ["id", "claimId", "authorId", "body", "bodyText", "updatedAt"],
    (function* () {
      const next = random(13);
      for (let d = 0; d < docs; d++)
        for (let i = 0; i < COMMENTS_PER_DOCUMENT; i++) {
          const text = `Generated comment: are the ${pick(next, OBJECTS)} results in ${pick(next, SUBJECTS).toLowerCase()} ${pick(next, CONTEXTS)} robust? See ${coined(Math.floor(next() * 8000))}.`;
          yield line([
            `scm${d}x${i}`,
            ids.claim(d, Math.floor(next() * 100)),
            ids.reviewer(pick(next, docReviewers(d))),
            { type: "doc", content: [paragraph(text)] },
            text,
            now,
          ]);
        }
    })(),
  );

  await copy(
    sql,
    "Citation",
    ["id", "claimId", "addedById", "identifierType", "identifier", "csl", "stance", "studyDesign", "updatedAt"],
    (function* () {
      const next = random(17);
      for (let d = 0; d < docs; d++)
        for (let p = 0; p < CITATIONS_PER_DOCUMENT; p++) {
          const n = d * CITATIONS_PER_DOCUMENT + p;
          const doi = `10.5555/scale.${n}`;
          yield line([
            `sct${n}`,
            ids.claim(d, p),
            ids.reviewer(docReviewers(d)[0]!),
            "DOI",
            doi,
            {
              type: "article-journal",
              title: `Generated study ${n}: ${pick(next, OBJECTS)} in ${pick(next, SUBJECTS).toLowerCase()}`,
              author: [
                { family: pick(next, FAMILIES), given: pick(next, GIVEN) },
                { family: pick(next, FAMILIES), given: pick(next, GIVEN) },
              ],
              "container-title": "Journal of Generated Results",
              DOI: doi,
              issued: { "date-parts": [[2020 + (n % 6)]] },
            },
            pick(next, ["SUPPORTS", "CONTRADICTS", "MENTIONS"] as const),
            "OTHER",
            now,
          ]);
        }
    })(),
  );
  await sql.unsafe("SET session_replication_role = DEFAULT");
}
