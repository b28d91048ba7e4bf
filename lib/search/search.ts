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
 * Rarer terms, the ones people look things up by, are ranked over every match. Claims are found in the documents
 * the reader may read; comments and citations straight from their table, ranked, and only then checked, best first,
 * for a readable document until SHOWN pass: the check reads the row's claim from a large table, which costs more
 * than finding and ranking a match, so only the best ones (and the few unreadable among them) are checked.
 */
const CANDIDATES = 300;
/** Hits shown; also the most of each kind that can be among them. */
const SHOWN = 50;

/**
 * The search statement, on its own so the scale benchmark can EXPLAIN exactly what runs. The query is written out
 * in each branch rather than computed once: Postgres then estimates how many rows a term matches (a common word is
 * read from the table until enough are found; a rare one through the GIN index), which it cannot through a CTE.
 * A comment's or citation's readability is checked by a subquery per row (LATERAL … LIMIT 1) over its kind's
 * matches in rank order, so the check stops once SHOWN of them pass.
 */
export function searchQuery(q: string, members: boolean): Prisma.Sql {
  const options = `StartSel=${START}, StopSel=${STOP}, MaxWords=28, MinWords=8, ShortWord=2`;
  const query = Prisma.sql`websearch_to_tsquery('english', ${q})`;
  /**
   * Of the kind's CANDIDATES first matches `found` (id, claimId, rank and what it shows: comment_text, csl, note), the
   * SHOWN best in readable documents; what they show comes along, the row being read anyway.
   */
  const readableBest = (kind: SearchHit["kind"], found: Prisma.Sql) => Prisma.sql`
      (SELECT ${Prisma.raw(`'${kind}'`)} AS kind, f.id, l.id AS claim_id, f.rank, l.exact, l.slug, l.title, l.public,
              f.comment_text, f.csl, f.note
       FROM (SELECT * FROM (${found} LIMIT ${CANDIDATES}) f ORDER BY f.rank DESC, f.id) f
       CROSS JOIN LATERAL (SELECT l.id, l.exact, l.slug, l.title, l.public FROM live l WHERE l.id = f."claimId" LIMIT 1) l
       ORDER BY f.rank DESC, f.id
       LIMIT ${SHOWN})`;
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
    matches AS (
      (SELECT 'claim' AS kind, l.id, l.id AS claim_id, ts_rank(l."searchVector", ${query}) AS rank, l.exact, l.slug,
              l.title, l.public, NULL AS comment_text, NULL::jsonb AS csl, NULL AS note
       FROM live l WHERE l."searchVector" @@ ${query} LIMIT ${CANDIDATES})
      UNION ALL
      ${readableBest(
        "comment",
        Prisma.sql`SELECT m.id, m."claimId", ts_rank(m."searchVector", ${query}) AS rank, m."bodyText" AS comment_text,
                     NULL::jsonb AS csl, NULL AS note
          FROM "Comment" m WHERE m."searchVector" @@ ${query} AND m."deletedAt" IS NULL`,
      )}
      UNION ALL
      ${readableBest(
        "citation",
        Prisma.sql`SELECT x.id, x."claimId", ts_rank(x."searchVector", ${query}) AS rank, NULL AS comment_text, x.csl,
                     x.note
          FROM "Citation" x WHERE x."searchVector" @@ ${query} AND x."deletedAt" IS NULL`,
      )}
    ),
    best AS (
      SELECT h.kind, h.id, h.claim_id, h.rank, h.exact, h.slug, h.title AS document_title, h.public, h.comment_text,
             h.csl, h.note
      FROM matches h
      ORDER BY h.rank DESC, h.slug, h.kind, h.id
      LIMIT ${SHOWN}
    ),
    shown AS (
      SELECT b.*,
             (SELECT string_agg(concat_ws(' ', a->>'given', a->>'family', a->>'literal'), ', ')
              FROM jsonb_array_elements(CASE WHEN jsonb_typeof(b.csl->'author') = 'array' THEN b.csl->'author' END) a
             ) AS authors
      FROM best b
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
