import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse";

export const searchSchema = z.object({
  q: z.string().trim().min(2, "Type at least two characters.").max(200, "Keep the search under 200 characters."),
});

export interface SearchHit {
  /** The claim's, comment's or citation's id. */
  id: string;
  kind: "claim" | "comment" | "citation";
  claimId: string;
  slug: string;
  /** What matched: the claim's text, the comment's opening words, or the citation's title and authors. */
  title: string;
  /** The document the match belongs to. */
  documentTitle: string;
  public: boolean;
  /** The matching text in pieces, the matched words `marked`: rendered as text, never as HTML. */
  snippet: { text: string; marked: boolean }[];
}

// ts_headline marks matches with control characters, which split the text into plain and matched pieces.
const START = "\u0001";
const STOP = "\u0002";
const pieces = (headline: string): SearchHit["snippet"] =>
  headline
    .split(START)
    .flatMap((part, i) => {
      if (i === 0) return [{ text: part, marked: false }];
      const [match = "", rest = ""] = part.split(STOP);
      return [
        { text: match, marked: true },
        { text: rest, marked: false },
      ];
    })
    .filter((piece) => piece.text.length > 0);

/** A title of at most about a line: whole words, an ellipsis when cut. */
function shorten(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 60 ? cut.lastIndexOf(" ") : max)}…`;
}

/**
 * Full-text search (Postgres, English configuration, web-search syntax) over the claims, discussion and citations
 * of published documents the actor may read, best match first (`ts_rank`). Each kind is found through the GIN index
 * on its stored `searchVector` (prisma/migrations/20261129160000_scale_indexes), or for a common word read from its
 * table until enough are found; only the 50 rows shown get a headline, the expensive part.
 */
export async function search(actor: Actor, input: unknown): Promise<SearchHit[]> {
  const { q } = parseInput(searchSchema, input);
  const rows = await db.$queryRaw<(Omit<SearchHit, "snippet"> & { snippet: string })[]>(searchQuery(q, actor !== null));
  return rows.map((row) => ({ ...row, title: shorten(row.title), snippet: pieces(row.snippet) }));
}

/**
 * Rows of each kind ranked at most. A common word ("mice") matches an eighth of a million claims: ranking them all
 * costs more than a search may take, so a term that matches more rows of a kind is ranked among the first ones found.
 * Rarer terms, the ones people look things up by, are ranked over every match.
 */
const CANDIDATES = 300;
/**
 * Comments and citations found before their claim's document is checked: a common word's first matches are taken
 * straight from the table (the check of each, through its claim, costs more than finding it), with room for those
 * in documents the reader may not see.
 */
const FOUND = 2 * CANDIDATES;

/**
 * The search statement, on its own so the scale benchmark can EXPLAIN exactly what runs. The query is written out
 * in each branch rather than computed once: Postgres then estimates how many rows a term matches (a common word is
 * read from the table until enough are found; a rare one through the GIN index), which it cannot through a CTE.
 */
export function searchQuery(q: string, members: boolean): Prisma.Sql {
  const options = `StartSel=${START}, StopSel=${STOP}, MaxWords=28, MinWords=8, ShortWord=2`;
  const query = Prisma.sql`websearch_to_tsquery('english', ${q})`;
  return Prisma.sql`
    WITH readable AS NOT MATERIALIZED (
      SELECT d.id, d."currentRevisionId", d.slug, d.title, d.visibility = 'PUBLIC' AS public FROM "Document" d
      -- Published for readers (lib/documents/visibility.ts): also during a later review round; never archived.
      WHERE (d.status = 'PUBLISHED' OR (d.status = 'IN_REVIEW' AND d."publishedAt" IS NOT NULL))
        AND d."archivedAt" IS NULL
        AND (d.visibility = 'PUBLIC' OR ${members})
    ),
    live AS NOT MATERIALIZED (
      SELECT c.id, c.exact, c."searchVector", d.slug, d.title, d.public
      FROM "Claim" c JOIN readable d ON d.id = c."documentId" AND d."currentRevisionId" = c."revisionId"
      WHERE c."deletedAt" IS NULL AND c."anchorStatus" <> 'ORPHANED'
    ),
    found_comments AS MATERIALIZED (
      SELECT m.id, m."claimId", m."searchVector" FROM "Comment" m
      WHERE m."searchVector" @@ ${query} AND m."deletedAt" IS NULL LIMIT ${FOUND}
    ),
    found_citations AS MATERIALIZED (
      SELECT x.id, x."claimId", x."searchVector" FROM "Citation" x
      WHERE x."searchVector" @@ ${query} AND x."deletedAt" IS NULL LIMIT ${FOUND}
    ),
    matches AS (
      (SELECT 'claim' AS kind, l.id, l.id AS claim_id, l."searchVector" AS vector, l.exact, l.slug, l.title, l.public
       FROM live l WHERE l."searchVector" @@ ${query} LIMIT ${CANDIDATES})
      UNION ALL
      (SELECT 'comment', m.id, l.id, m."searchVector", l.exact, l.slug, l.title, l.public
       FROM found_comments m JOIN live l ON l.id = m."claimId" LIMIT ${CANDIDATES})
      UNION ALL
      (SELECT 'citation', x.id, l.id, x."searchVector", l.exact, l.slug, l.title, l.public
       FROM found_citations x JOIN live l ON l.id = x."claimId" LIMIT ${CANDIDATES})
    ),
    best AS (
      SELECT h.kind, h.id, h.claim_id, ts_rank(h.vector, ${query}) AS rank, h.exact, h.slug,
             h.title AS document_title, h.public
      FROM matches h
      ORDER BY rank DESC, h.slug, h.kind, h.id
      LIMIT 50
    ),
    shown AS (
      SELECT b.*, m."bodyText" AS comment_text, x.csl, x.note,
             (SELECT string_agg(concat_ws(' ', a->>'given', a->>'family', a->>'literal'), ', ')
              FROM jsonb_array_elements(CASE WHEN jsonb_typeof(x.csl->'author') = 'array' THEN x.csl->'author' END) a
             ) AS authors
      FROM best b
      LEFT JOIN "Comment" m ON b.kind = 'comment' AND m.id = b.id
      LEFT JOIN "Citation" x ON b.kind = 'citation' AND x.id = b.id
    )
    SELECT s.id, s.kind, s.claim_id AS "claimId", s.slug, s.document_title AS "documentTitle", s.public,
           CASE s.kind
             WHEN 'claim' THEN s.exact
             WHEN 'comment' THEN s.comment_text
             ELSE concat_ws(' — ', coalesce(s.csl->>'title', s.csl->>'DOI'), s.authors)
           END AS title,
           ts_headline('english', CASE s.kind
             WHEN 'claim' THEN s.exact
             WHEN 'comment' THEN s.comment_text
             ELSE concat_ws(' · ', s.csl->>'title', s.authors, s.csl->>'container-title', s.csl->>'DOI', s.note)
           END, ${query}, ${options}) AS snippet
    FROM shown s
    ORDER BY s.rank DESC, s.slug, s.kind, s.id`;
}
