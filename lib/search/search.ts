import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
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
  title: string;
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

/**
 * Full-text search (Postgres, English configuration, web-search syntax) over the claims, discussion and citations
 * of published documents the actor may read.
 */
export async function search(actor: Actor, input: unknown): Promise<SearchHit[]> {
  const { q } = parseInput(searchSchema, input);
  const members = actor !== null;
  const options = `StartSel=${START}, StopSel=${STOP}, MaxWords=28, MinWords=8, ShortWord=2`;
  const rows = await db.$queryRaw<(Omit<SearchHit, "snippet"> & { snippet: string })[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${q}) AS query),
    visible AS (
      SELECT c.id AS claim_id, c.exact, d.slug, d.title, d.visibility = 'PUBLIC' AS public
      FROM "Claim" c JOIN "Document" d ON d.id = c."documentId" AND d."currentRevisionId" = c."revisionId"
      WHERE c."deletedAt" IS NULL AND c."anchorStatus" <> 'ORPHANED' -- Published for readers (lib/documents/visibility.ts): also during a later review round.
        AND (d.status = 'PUBLISHED' OR (d.status = 'IN_REVIEW' AND d."publishedAt" IS NOT NULL))
        AND (d.visibility = 'PUBLIC' OR ${members})
    ),
    hits AS (
      SELECT v.claim_id AS id, 'claim' AS kind, v.claim_id, v.slug, v.title, v.public, v.exact AS body FROM visible v
      UNION ALL
      SELECT m.id, 'comment', v.claim_id, v.slug, v.title, v.public, m."bodyText" FROM visible v
        JOIN "Comment" m ON m."claimId" = v.claim_id AND m."deletedAt" IS NULL
      UNION ALL
      SELECT x.id, 'citation', v.claim_id, v.slug, v.title, v.public,
             concat_ws(' ', x.csl->>'title', x.csl->>'container-title', x.note) FROM visible v
        JOIN "Citation" x ON x."claimId" = v.claim_id AND x."deletedAt" IS NULL
    )
    SELECT h.id, h.kind, h.claim_id AS "claimId", h.slug, h.title, h.public,
           ts_headline('english', h.body, q.query, ${options}) AS snippet
    FROM hits h, q
    WHERE to_tsvector('english', h.body) @@ q.query
    ORDER BY ts_rank(to_tsvector('english', h.body), q.query) DESC, h.slug, h.kind
    LIMIT 50`;
  return rows.map((row) => ({ ...row, snippet: pieces(row.snippet) }));
}
