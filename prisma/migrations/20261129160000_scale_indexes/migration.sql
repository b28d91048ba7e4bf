-- Full-text search from stored vectors with GIN indexes (lib/search/search.ts), instead of computing to_tsvector for
-- every row at query time. Postgres generates the columns; Prisma knows them as Unsupported("tsvector") with a
-- database-generated default, and the client never reads or writes them.
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "exact")) STORED;

ALTER TABLE "Comment" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "bodyText")) STORED;

-- A citation is found by its title (weight A), its authors, journal and identifier (a DOI is one searchable phrase)
-- (weight B), and the reviewer's note (weight D).
ALTER TABLE "Citation" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, COALESCE("csl" ->> 'title', '')), 'A')
    || setweight(jsonb_to_tsvector('english'::regconfig, COALESCE("csl" -> 'author', '[]'::jsonb), '["string"]'), 'B')
    || setweight(to_tsvector('english'::regconfig,
         COALESCE("csl" ->> 'container-title', '') || ' ' || COALESCE("identifier", '')), 'B')
    || setweight(to_tsvector('english'::regconfig, COALESCE("note", '')), 'D')
  ) STORED;

CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");
CREATE INDEX "Comment_searchVector_idx" ON "Comment" USING GIN ("searchVector");
CREATE INDEX "Citation_searchVector_idx" ON "Citation" USING GIN ("searchVector");

-- A duplicate that a race let in before this index existed is soft-deleted (the earliest stays), so the index builds.
UPDATE "Citation" c SET "deletedAt" = now()
WHERE c."deletedAt" IS NULL AND c."identifier" IS NOT NULL AND EXISTS (
  SELECT 1 FROM "Citation" o
  WHERE o."claimId" = c."claimId" AND o."identifierType" = c."identifierType" AND o."identifier" = c."identifier"
    AND o."deletedAt" IS NULL AND (o."createdAt", o."id") < (c."createdAt", c."id"));

-- One live citation per source and claim: two concurrent adds of the same identifier cannot both succeed
-- (lib/citations/citations.ts maps the violation to CONFLICT). Partial, so a deleted citation can be added again.
CREATE UNIQUE INDEX "Citation_claimId_identifier_live_key" ON "Citation"("claimId", "identifierType", "identifier")
  WHERE "deletedAt" IS NULL;

-- Each rate-limit hit deletes a few expired rows of other keys, found through this index (lib/auth/rate-limit.ts).
CREATE INDEX "RateLimit_resetAt_idx" ON "RateLimit"("resetAt");

-- The live claims of a document's current revision, as the editorial dashboard counts them (lib/editorial/dashboard.ts):
-- an index-only scan instead of reading every claim row.
CREATE INDEX "Claim_live_revisionId_idx" ON "Claim"("revisionId") INCLUDE ("id")
  WHERE "deletedAt" IS NULL AND "anchorStatus" <> 'ORPHANED';
