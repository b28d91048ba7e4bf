import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimTier } from "@/lib/generated/prisma/enums";

export const documentSummarySelect = {
  id: true,
  slug: true,
  title: true,
  status: true,
  visibility: true,
  sourceUrl: true,
  publishedAt: true,
  updatedAt: true,
} as const satisfies Prisma.DocumentSelect;

export type DocumentSummary = Prisma.DocumentGetPayload<{ select: typeof documentSummarySelect }>;

export interface DocumentView extends DocumentSummary {
  revisionNumber: number;
  /** Claims shown in the text, per tier (null: no tier yet). */
  tierCounts: Record<ClaimTier | "NONE", number>;
  /** Server-rendered, sanitised HTML of the current revision. */
  bodyHtml: string;
}
