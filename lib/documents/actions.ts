"use server";

import { defineAction } from "@/lib/actions/define-action";
import { runAction } from "@/lib/api/action-result";
import { currentActor } from "@/lib/auth/session";
import { addRevision } from "./add-revision";
import { archiveDocument, restoreDocument } from "./archive-document";
import { createDocument } from "./create-document";
import { deleteDocument } from "./delete-document";
import { importInputFromForm } from "./import-form";
import { archiveDocumentSchema, deleteDocumentSchema } from "./schemas";

/** The import form posts FormData (an uploaded file); createDocument validates what the form carried. */
export async function importDocumentAction(form: FormData) {
  return runAction(async () => createDocument(await currentActor(), await importInputFromForm(form)));
}

/** A new revision uploaded from the document's page: the same form fields as an import, plus the document's id. */
export async function uploadRevisionAction(form: FormData) {
  return runAction(async () =>
    addRevision(await currentActor(), String(form.get("documentId") ?? ""), await importInputFromForm(form)),
  );
}

export const archiveDocumentAction = defineAction(archiveDocumentSchema, archiveDocument);
export const restoreDocumentAction = defineAction(archiveDocumentSchema, restoreDocument);
export const deleteDocumentAction = defineAction(deleteDocumentSchema, deleteDocument);
