import { z } from "zod";

/** The annotated formats (each rendered from one AnnotatedDocument), and `json`: the whole document as a backup. */
export const EXPORT_FORMATS = [
  "html",
  "pdf",
  "md",
  "docx",
  "csv",
  "w3c",
  "claimreview",
  "bibtex",
  "ris",
  "jats",
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** What readers of a published document may take away; the rest is for editors. */
export const READING_FORMATS: readonly ExportFormat[] = ["html", "pdf", "md"];
export const ALL_FORMATS = [...EXPORT_FORMATS, "json"] as const;

export const exportSchema = z.object({
  documentId: z.string().min(1).max(64),
  format: z.enum(ALL_FORMATS, { message: `Format must be one of ${ALL_FORMATS.join(", ")}.` }),
});
