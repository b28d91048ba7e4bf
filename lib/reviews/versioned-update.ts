import "server-only";
import { db } from "@/lib/db/client";
import { busyAsUnavailable } from "@/lib/db/transaction";
import { Prisma } from "@/lib/generated/prisma/client";
import { ownReview } from "./review-dto";
import type { ReviewFields } from "./schemas";

type Column = keyof ReviewFields;

/** The Postgres type each GRADE column takes (the only columns this statement writes). */
const COLUMN_TYPES: Record<Column, string> = {
  certainty: '"Certainty"',
  riskOfBias: '"Concern"',
  inconsistency: '"Concern"',
  indirectness: '"Concern"',
  imprecision: '"Concern"',
  publicationBias: '"Concern"',
  largeEffect: "boolean",
  doseResponse: "boolean",
  plausibleConfounding: "boolean",
  tierOpinion: '"ClaimTier"',
  rationale: "jsonb",
  certaintyReason: "text",
};

type Row = {
  id: string;
  certainty: ReviewFields["certainty"];
  riskOfBias: ReviewFields["riskOfBias"];
  inconsistency: ReviewFields["inconsistency"];
  indirectness: ReviewFields["indirectness"];
  imprecision: ReviewFields["imprecision"];
  publicationBias: ReviewFields["publicationBias"];
  largeEffect: boolean;
  doseResponse: boolean;
  plausibleConfounding: boolean;
  tierOpinion: ReviewFields["tierOpinion"];
  rationale: Prisma.JsonValue;
  certaintyReason: string | null;
  status: "DRAFT" | "SUBMITTED";
  submittedAt: Date | null;
  version: number;
  updatedAt: Date;
  reviewerName: string;
  /** False when the version or status did not match: the row is the current one, not this save's. */
  saved: boolean;
};

/**
 * Writes a reviewer's draft at the version they read, and its audit event, in ONE statement (and drops no cache:
 * readers never see drafts): no interactive
 * transaction holding a pooled connection across round trips, so twenty racing saves never queue for a transaction
 * slot (P2028); the row lock decides the race and every loser sees zero rows. Returns the row as written (never a
 * later one), or, when the version or status did not match, the row as it is (null: there is none): most saves of a
 * row open in several tabs are conflicts, answered with the current state, so that answer costs no second query.
 */
export async function updateDraftAtVersion(input: {
  claimId: string;
  reviewerId: string;
  documentId: string;
  version: number;
  /** Column values as stored: the rationale as its Tiptap document, null to clear. */
  fields: Partial<Record<Column, unknown>>;
}) {
  const { claimId, reviewerId, documentId, version, fields } = input;
  const entries = Object.entries(fields) as [Column, unknown][];
  const assignments = entries.map(([column, value]) => {
    const sqlValue =
      value === null || value === undefined
        ? Prisma.sql`NULL`
        : column === "rationale"
          ? Prisma.sql`${JSON.stringify(value)}::jsonb`
          : Prisma.sql`${value}::${Prisma.raw(COLUMN_TYPES[column])}`;
    return Prisma.sql`${Prisma.raw(`"${column}"`)} = ${sqlValue}`;
  });
  const after = JSON.stringify(fields);
  // A draft's history stays light (an autosave every second or so): `before` holds the previous values of the
  // columns this save changes, but not the previous rationale, which the previous save's `after` already holds.
  const beforeColumns = ["version", ...entries.map(([column]) => column).filter((c) => c !== "rationale")];
  const rows = await busyAsUnavailable(
    () => db.$queryRaw<Row[]>`
    WITH prior AS (
      SELECT * FROM "Review" WHERE "claimId" = ${claimId} AND "reviewerId" = ${reviewerId}
    ), updated AS (
      UPDATE "Review" r
      SET ${Prisma.join([...assignments, Prisma.sql`"version" = r."version" + 1`, Prisma.sql`"updatedAt" = now()`])}
      WHERE r."claimId" = ${claimId} AND r."reviewerId" = ${reviewerId} AND r."version" = ${version}
        AND r."status" = 'DRAFT'
      RETURNING r.*
    ), audit AS (
      INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId", "documentId", "before", "after")
      SELECT gen_random_uuid()::text, ${reviewerId}, 'reviews.write', 'Review', u."id", ${documentId},
        (SELECT jsonb_object_agg(key, value) FROM prior p, jsonb_each(to_jsonb(p)) WHERE key = ANY(${beforeColumns})),
        ${after}::jsonb
      FROM updated u
    ), answer AS (
      SELECT true AS "saved", u.* FROM updated u
      UNION ALL
      SELECT false, p.* FROM prior p WHERE NOT EXISTS (SELECT FROM updated)
    )
    SELECT u."saved", u."id", u."certainty"::text AS "certainty", u."riskOfBias"::text AS "riskOfBias",
      u."inconsistency"::text AS "inconsistency", u."indirectness"::text AS "indirectness",
      u."imprecision"::text AS "imprecision", u."publicationBias"::text AS "publicationBias",
      u."largeEffect", u."doseResponse", u."plausibleConfounding", u."tierOpinion"::text AS "tierOpinion",
      u."rationale", u."certaintyReason", u."status"::text AS "status", u."submittedAt", u."version", u."updatedAt",
      usr."name" AS "reviewerName"
    FROM answer u JOIN "User" usr ON usr."id" = u."reviewerId"`,
  );
  const row = rows[0];
  if (!row) return { saved: false, review: null } as const;
  const { reviewerName, saved, ...rest } = row;
  const review = { ...rest, claimId, reviewer: { id: reviewerId, name: reviewerName } };
  if (saved) return { saved: true, review } as const;
  // A save that waited for the row lock of one that then won reads the row as of its start: still at the version it
  // named, as a draft. Only then is the current row read again (the winner's, now committed).
  const stale = review.version === version && review.status === "DRAFT";
  return { saved: false, review: stale ? await ownReview(db, claimId, reviewerId) : review } as const;
}
