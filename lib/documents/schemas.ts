import { z } from "zod";
import { Visibility } from "@/lib/generated/prisma/enums";

/** 2 MB of text: far more than any article, small enough to import in one transaction. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

export const documentSlugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9-]+$/, "Not a document address.");

export const createDocumentSchema = z.object({
  title: z.string().trim().max(300, "Keep the title under 300 characters.").optional(),
  format: z.enum(["txt", "md", "html"], { message: 'Format must be "txt", "md" or "html".' }),
  content: z
    .string()
    .refine((s) => Buffer.byteLength(s, "utf8") <= MAX_DOCUMENT_BYTES, "The document is larger than 2 MB.")
    .refine((s) => s.trim().length > 0, "The document is empty."),
  /** An import is a draft: publishing has its own rules and permission (`publishDocument`). */
  status: z
    .literal("DRAFT", { message: "An import is always a draft: publish it from the document once it is decided." })
    .optional(),
  visibility: z.enum(Visibility).default("PUBLIC"),
  sourceUrl: z.url({ protocol: /^https?$/, message: "The source must be an http(s) URL." }).optional(),
});
export type CreateDocumentInput = z.input<typeof createDocumentSchema>;

/** A new version of an existing document. */
export const createRevisionSchema = createDocumentSchema.pick({ format: true, content: true });
export type CreateRevisionInput = z.input<typeof createRevisionSchema>;

const documentId = z.string().min(1).max(64);

/** Archive or restore: the version the editor read, so a stale page never archives what it did not show. */
export const archiveDocumentSchema = z.object({ documentId, version: z.number().int().min(1) });

/** Delete: the document's title typed again, so a slip of the mouse (or a wrong id in a script) deletes nothing. */
export const deleteDocumentSchema = z.object({
  documentId,
  title: z.string().trim().min(1, "Type the document's title to confirm.").max(300),
});
