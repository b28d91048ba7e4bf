import "server-only";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { db } from "@/lib/db/client";
import { afterCommit } from "@/lib/db/transaction";
import { dropDocumentMemos } from "./document-memo";

/**
 * Called inside a domain function's transaction by every change readers can see (house rule 11): the document's
 * cached pages and memos are dropped once the transaction commits. Changes readers never see (a draft review, an
 * assignment) call nothing, so they drop nothing.
 */
export function invalidateOnCommit(documentId: string, slug?: string): void {
  afterCommit(`document:${documentId}`, () => invalidateDocument(documentId, slug));
}

/**
 * Drops the cached pages that show a document: its reading page and the home page's list, once the response has
 * gone. Called during a server action's response, revalidatePath would also make Next re-render the page the action
 * came from (the review workspace, on every autosave): more queries for nothing, and a page swapped for an outage
 * notice if the database goes away in between. Outside a Next.js server (the command line, tests) there is no page
 * cache; the pages' revalidation interval covers other app servers. A deleted document's slug is passed in: its row
 * is gone by then.
 */
async function invalidateDocument(documentId: string, knownSlug?: string): Promise<void> {
  dropDocumentMemos(documentId);
  const document =
    knownSlug !== undefined
      ? { slug: knownSlug }
      : await db.document.findUnique({ where: { id: documentId }, select: { slug: true } });
  if (!document) return;
  try {
    after(() => {
      revalidatePath(`/documents/${document.slug}`);
      revalidatePath("/");
    });
  } catch (error) {
    if (!/outside a request scope/.test(String(error))) throw error;
  }
}
