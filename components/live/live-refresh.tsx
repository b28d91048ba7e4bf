"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { afterLoadIdle } from "./after-load-idle";
import { useDocumentEvents } from "./use-document-events";

/**
 * Keeps a rendered page of the document current: when anything on it changes (on any app server), the page is
 * fetched again; the server has dropped its cached copy before the event is sent (lib/events/document-events.ts).
 * The stream opens once the page has loaded and the browser is idle: a reader needs it for changes made while they
 * read, not for the first paint, and opening it during load kept the network busy and competed with hydration.
 */
export function LiveRefresh({ documentId }: { documentId: string }) {
  const router = useRouter();
  const [listening, setListening] = useState(false);
  useEffect(() => afterLoadIdle(() => setListening(true)), []);
  useDocumentEvents(listening ? documentId : null, (event) => {
    if (event.type === "document.changed" || event.type === "resync") router.refresh();
  });
  return null;
}
