-- Formatted references kept by content and style, so a cold export does not run citeproc again (lib/citations/formatted-references.ts).
-- CreateTable
CREATE TABLE "FormattedReference" (
    "style" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FormattedReference_pkey" PRIMARY KEY ("style","hash")
);

