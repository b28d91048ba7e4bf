-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "certaintyReason" TEXT;

