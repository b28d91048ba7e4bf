-- Archived documents are kept and restorable but hidden from everyone but editors (lib/documents/visibility.ts).
-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "archivedAt" TIMESTAMP(3);

