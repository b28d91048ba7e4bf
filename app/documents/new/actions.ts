"use server";

import { runAction } from "@/lib/api/action-result";
import { currentActor } from "@/lib/auth/session";
import { createDocument } from "@/lib/documents/create-document";
import { importInputFromForm } from "@/lib/documents/import-form";

export async function importDocumentAction(form: FormData) {
  return runAction(async () => createDocument(await currentActor(), await importInputFromForm(form)));
}
