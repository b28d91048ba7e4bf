"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import { currentActor } from "@/lib/auth/session";
import { createDocument } from "@/lib/documents/create-document";
import { importInputFromForm } from "@/lib/documents/import-form";

export async function importDocumentAction(form: FormData) {
  return runAction(async () => {
    const result = await createDocument(await currentActor(), await importInputFromForm(form));
    revalidatePath("/");
    return result;
  });
}
