"use client";

import { useRouter } from "next/navigation";
import { useDocumentEvents } from "./use-document-events";

/**
 * Keeps a rendered page of the document current: when anything on it changes (on any app server), the page is
 * fetched again; the server has dropped its cached copy before the event is sent (lib/events/document-events.ts).
 */
export function LiveRefresh({ documentId }: { documentId: string }) {
  const router = useRouter();
  useDocumentEvents(documentId, (event) => {
    if (event.type === "document.changed" || event.type === "resync") router.refresh();
  });
  return null;
}
