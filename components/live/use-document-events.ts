"use client";

import { useEffect, useRef } from "react";
import { announceInboxChange } from "@/components/notifications/inbox-events";
import type { ChangeKind, PresenceState } from "@/lib/events/event-types";

/** What the event stream sends (GET /api/v1/documents/{id}/events): ids and versions, never content. */
export type LiveEvent =
  | { type: "document.changed"; documentId: string; claimId?: string; what: ChangeKind; version?: number }
  | { type: "presence"; documentId: string; claimId: string; userId: string; name: string; state: PresenceState }
  | { type: "notification"; userId: string }
  /** Events may have been missed: refetch everything shown. */
  | { type: "resync" }
  /** The caller may no longer read the document; the stream has ended. */
  | { type: "revoked" };

interface Source {
  source: EventSource;
  listeners: Set<(event: LiveEvent) => void>;
}

/** One EventSource per document per page, shared by every component that listens. */
const sources = new Map<string, Source>();

function open(documentId: string): Source {
  const entry: Source = {
    source: new EventSource(`/api/v1/documents/${encodeURIComponent(documentId)}/events`),
    listeners: new Set(),
  };
  entry.source.onmessage = (message) => {
    let event: LiveEvent;
    try {
      event = JSON.parse(message.data) as LiveEvent;
    } catch {
      return;
    }
    // The header's inbox badge listens for this (whatever page is open).
    if (event.type === "notification") announceInboxChange();
    if (event.type === "revoked") entry.source.close();
    for (const listener of entry.listeners) listener(event);
  };
  return entry;
}

/**
 * Calls `onEvent` for each live event of the document while the component is mounted (no stream while `documentId`
 * is null). The browser reconnects by itself, sending the last event's id so the server can replay what was missed
 * (or answer `resync`).
 */
export function useDocumentEvents(documentId: string | null, onEvent: (event: LiveEvent) => void): void {
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  useEffect(() => {
    if (documentId === null) return;
    let entry = sources.get(documentId);
    if (!entry) {
      entry = open(documentId);
      sources.set(documentId, entry);
    }
    const listener = (event: LiveEvent) => handler.current(event);
    entry.listeners.add(listener);
    return () => {
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0) {
        entry.source.close();
        sources.delete(documentId);
      }
    };
  }, [documentId]);
}
