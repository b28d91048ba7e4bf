import "server-only";
import { subscribe } from "@/lib/events/bus";
import { dropAllDocumentMemos, dropDocumentMemos } from "./document-memo";
import { dropFrontPages } from "./front-page-cache";
import { requestPageRevalidation } from "./page-revalidation";

/** Per document (or "*" for all): the page revalidation under way, and whether another change came meanwhile. */
const globalForCoherence = globalThis as unknown as {
  __claimwiseCoherence?: { running: Map<string, Promise<void>>; again: Set<string>; stop: (() => void) | null };
};
const state = () => (globalForCoherence.__claimwiseCoherence ??= { running: new Map(), again: new Set(), stop: null });

/** Revalidates a document's pages; changes arriving while one runs are folded into a single follow-up. */
function revalidate(key: string): Promise<void> {
  const { running, again } = state();
  const current = running.get(key);
  if (current) {
    again.add(key);
    return current;
  }
  const run = (async () => {
    do {
      again.delete(key);
      try {
        await requestPageRevalidation(key === "*" ? null : key);
      } catch (error) {
        // The 300 s revalidation interval of the pages is the safety net.
        console.error("could not drop cached pages", String(error));
      }
      // Only now that Next has dropped its copy: a page kept in front of it before would be refilled from that copy.
      dropFrontPages();
    } while (again.has(key));
    running.delete(key);
  })();
  running.set(key, run);
  return run;
}

/** Resolves once the pages showing the document reflect the changes heard so far (event streams wait for it). */
export function pagesSettled(documentId: string): Promise<void> {
  return state().running.get(documentId) ?? state().running.get("*") ?? Promise.resolve();
}

/**
 * Every app process, the one that made the change included, drops its memos and cached pages when it hears that
 * a document changed; when events may have been lost, it drops everything. Started once per server process.
 */
export function startCacheCoherence(): void {
  const s = state();
  s.stop ??= subscribe((delivered) => {
    if (delivered === null) {
      dropAllDocumentMemos();
      void revalidate("*");
      return;
    }
    const { event } = delivered;
    if (event.type !== "document.changed") return;
    dropDocumentMemos(event.documentId);
    void revalidate(event.documentId);
  });
}
