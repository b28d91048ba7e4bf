import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { readableDocuments } from "@/lib/documents/visibility";
import { notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/parse";
import { buildAnnotatedDocument } from "./annotated-document";
import { backupText, buildBackup } from "./backup";
import type { ExportContext } from "./export-file";
import { type ExportFormat, exportSchema, READING_FORMATS } from "./export-formats";
import { renderInWorker } from "./render-in-worker";
import { renderedByContent } from "./rendered-memo";

/** Formats whose rendering takes seconds on long documents: kept by content (rendered-memo.ts). */
const SLOW_FORMATS = new Set<string>(["pdf", "docx"]);

/**
 * The backup is the one export that is not a rendering of the annotated document: it is all of the document's data,
 * so only whether the actor may read the document is checked; building the critique (citeproc over every reference)
 * would cost more than the backup itself.
 */
async function backupExport(actor: Actor, documentId: string) {
  const document = await db.document.findFirst({
    where: { AND: [{ id: documentId }, readableDocuments(actor)] },
    select: { id: true, slug: true },
  });
  if (!document) throw notFound("That document");
  return {
    body: backupText(await buildBackup(db, document.id)),
    contentType: "application/json; charset=utf-8",
    extension: "backup.json",
    filename: `${document.slug}.backup.json`,
  };
}

/** An annotated export of a document in one format (all formats render the same AnnotatedDocument). */
export async function exportDocument(actor: Actor, input: unknown, context: ExportContext) {
  const { documentId, format } = parseInput(exportSchema, input);
  if (!READING_FORMATS.includes(format as ExportFormat)) authorize(actor, "exports.run");
  if (format === "json") return backupExport(actor, documentId);
  // The document as JSON text once: what keys a rendered file and what the worker reads. The export time is apart, so
  // the same content exported later is the same file.
  const { exportedAt, ...content } = await buildAnnotatedDocument(actor, documentId);
  const document = JSON.stringify(content);
  const render = () => renderInWorker({ format: format as ExportFormat, document, exportedAt, context });
  const file = SLOW_FORMATS.has(format)
    ? await renderedByContent(format, [document, JSON.stringify(context)], render)
    : await render();
  return { ...file, filename: `${content.slug}.${file.extension}` };
}
