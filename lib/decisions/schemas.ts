import { z } from "zod";
import { Certainty, ClaimTier, DocumentStatus } from "@/lib/generated/prisma/enums";
import { richTextSchema } from "@/lib/rich-text/validate";

const id = z.string().min(1).max(64);

/** The editor's adjudication of a claim; `version` 0 creates it. */
export const saveDecisionSchema = z.object({
  claimId: id,
  version: z.number().int().min(0),
  tier: z.enum(ClaimTier).nullable(),
  certainty: z.enum(Certainty).nullable(),
  note: richTextSchema.nullable().optional(),
});

export const publishSchema = z.object({
  documentId: id,
  version: z.number().int().min(1),
  /** Publishing with claims still undecided needs a reason, which is audited. */
  overrideReason: z
    .string()
    .trim()
    .min(5, "Say why the document is published with undecided claims.")
    .max(1000)
    .optional(),
});

export const setStatusSchema = z.object({
  documentId: id,
  version: z.number().int().min(1),
  status: z.enum(DocumentStatus).exclude(["PUBLISHED"]),
});

export const assignmentSchema = z.object({ documentId: id, reviewerId: id });

/** The editorial dashboard's query string: a status to show only (all when absent) and a page number. */
export const dashboardQuerySchema = z.object({
  status: z.enum(DocumentStatus).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
