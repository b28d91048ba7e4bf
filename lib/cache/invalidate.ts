import "server-only";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { db } from "@/lib/db/client";
import { afterCommit } from "@/lib/db/transaction";
import { publishOnCommit } from "@/lib/events/bus";
import type { ChangeKind } from "@/lib/events/event-types";
import { dropDocumentMemos } from "./document-memo";

/** What changed, for the browsers' live updates: the kind, and the claim and its new version when there is one. */
export interface Change {
  what: ChangeKind;
  claimId?: string;
  version?: number;
}

/**
 * Called inside a domain function's transaction by every change readers can see (house rule 11). Once the
 * transaction commits, a `document.changed` event goes out through Postgres NOTIFY: every app process (this one
 * included) drops the document's memos and cached pages (lib/cache/cache-coherence.ts), and the event streams tell
 * the browsers (lib/events/document-events.ts). Changes readers never see (a draft review, an assignment) call
 * nothing, so they drop and announce nothing.
 */
export function invalidateOnCommit(documentId: string, change: Change): void {
  afterCommit(`document:${documentId}`, () => invalidateHere(documentId));
  publishOnCommit({ type: "document.changed", documentId, ...change });
}

/**
 * This process drops its memos at once, so its next read sees the change, and its cached pages once the response
 * has gone. Called during a server action's response, revalidatePath would also make Next re-render the page the
 * action came from (the review workspace, on every autosave): more queries for nothing, and a page swapped for an
 * outage notice if the database goes away in between. Outside a request scope the listener's loopback call does it.
 */
async function invalidateHere(documentId: string): Promise<void> {
  dropDocumentMemos(documentId);
  const document = await db.document.findUnique({ where: { id: documentId }, select: { slug: true } });
  try {
    after(() => {
      // A deleted document's slug is gone with its row: drop every page (deletions are rare).
      if (!document) return revalidatePath("/", "layout");
      revalidatePath(`/documents/${document.slug}`);
      revalidatePath("/");
    });
  } catch (error) {
    if (!/outside a request scope/.test(String(error))) throw error;
  }
}
