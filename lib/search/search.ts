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
 * on its stored `searchVector` (prisma/migrations/20261129160000_scale_indexes); only the 50 rows shown get a
 * headline, the expensive part.
 */
export async function search(actor: Actor, input: unknown): Promise<SearchHit[]> {
  const { q } = parseInput(searchSchema, input);
  const rows = await db.$queryRaw<(Omit<SearchHit, "snippet"> & { snippet: string })[]>(searchQuery(q, actor !== null));
  return rows.map((row) => ({ ...row, title: shorten(row.title), snippet: pieces(row.snippet) }));
}

/**
 * Rows of each kind ranked at most. A common word ("mice") matches a tenth of a million claims: ranking them all
 * costs more than a search may take, so a term that matches more rows of a kind is ranked among the first 1,000
 * readable ones found. Rarer terms, the ones people look things up by, are ranked over every match.
 */
const CANDIDATES = 1000;

/** The search statement, on its own so the scale benchmark can EXPLAIN exactly what runs. */
export function searchQuery(q: string, members: boolean): Prisma.Sql {
  const options = `StartSel=${START}, StopSel=${STOP}, MaxWords=28, MinWords=8, ShortWord=2`;
  return Prisma.sql`
    WITH q AS (SELECT websearch_to_tsquery('english', ${q}) AS query),
    readable AS NOT MATERIALIZED (
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
    matches AS (
      (SELECT 'claim' AS kind, l.id, l.id AS claim_id, l."searchVector" AS vector, l.exact, l.slug, l.title, l.public
       FROM live l, q WHERE l."searchVector" @@ q.query LIMIT ${CANDIDATES})
      UNION ALL
      (SELECT 'comment', m.id, l.id, m."searchVector", l.exact, l.slug, l.title, l.public
       FROM "Comment" m JOIN live l ON l.id = m."claimId", q
       WHERE m."searchVector" @@ q.query AND m."deletedAt" IS NULL LIMIT ${CANDIDATES})
      UNION ALL
      (SELECT 'citation', x.id, l.id, x."searchVector", l.exact, l.slug, l.title, l.public
       FROM "Citation" x JOIN live l ON l.id = x."claimId", q
       WHERE x."searchVector" @@ q.query AND x."deletedAt" IS NULL LIMIT ${CANDIDATES})
    ),
    best AS (
      SELECT h.kind, h.id, h.claim_id, ts_rank(h.vector, q.query) AS rank, h.exact, h.slug,
             h.title AS document_title, h.public
      FROM matches h, q
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
           END, q.query, ${options}) AS snippet
    FROM shown s, q
    ORDER BY s.rank DESC, s.slug, s.kind, s.id`;
}
