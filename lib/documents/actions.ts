"use server";

import { runAction } from "@/lib/api/action-result";
import { currentActor } from "@/lib/auth/session";
import { createDocument } from "./create-document";
import { importInputFromForm } from "./import-form";

/** The import form posts FormData (an uploaded file); createDocument validates what the form carried. */
export async function importDocumentAction(form: FormData) {
  return runAction(async () => createDocument(await currentActor(), await importInputFromForm(form)));
}
