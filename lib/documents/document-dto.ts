import type { Prisma } from "@/lib/generated/prisma/client";

export const documentSummarySelect = {
  id: true,
  slug: true,
  title: true,
  status: true,
  visibility: true,
  sourceUrl: true,
  publishedAt: true,
  archivedAt: true,
  updatedAt: true,
} as const satisfies Prisma.DocumentSelect;

export type DocumentSummary = Prisma.DocumentGetPayload<{ select: typeof documentSummarySelect }>;
