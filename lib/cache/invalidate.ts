import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { db } from "@/lib/db/client";
import { dropDocumentMemos } from "./document-memo";

const changed = new AsyncLocalStorage<Set<string>>();

/** Notes that a document readers can see is being changed (recordAudit calls this for every audited change). */
export function trackDocumentChange(documentId: string | null | undefined): void {
  if (documentId) changed.getStore()?.add(documentId);
}

/** Runs `fn`, then drops the cached pages of every document it changed (see trackDocumentChange). */
export async function invalidatingChanges<T>(fn: () => Promise<T>): Promise<T> {
  const documents = new Set<string>();
  const result = await changed.run(documents, fn);
  await Promise.all([...documents].map(invalidateDocument));
  return result;
}

/**
 * Drops the cached pages that show a document: its reading page and the home page's list, once the response has
 * gone. Called during a server action's response, revalidatePath would also make Next re-render the page the action
 * came from (the review workspace, on every autosave): more queries for nothing, and a page swapped for an outage
 * notice if the database goes away in between. Outside a Next.js server (the command line, tests) there is no page
 * cache; the pages' revalidation interval covers other app servers.
 */
async function invalidateDocument(documentId: string): Promise<void> {
  dropDocumentMemos(documentId);
  const document = await db.document.findUnique({ where: { id: documentId }, select: { slug: true } });
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
