-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "suggestionConfidence" DOUBLE PRECISION;

-- An unreviewed suggestion is no longer a claim's tier: it stays in "suggestedTier" until a person accepts or sets one.
UPDATE "Claim" SET "tier" = NULL, "tierSource" = NULL WHERE "tierSource" = 'SUGGESTION';
