-- CreateTable
CREATE TABLE "CitationMetadata" (
    "key" TEXT NOT NULL,
    "csl" JSONB NOT NULL,
    "source" TEXT NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CitationMetadata_pkey" PRIMARY KEY ("key")
);

