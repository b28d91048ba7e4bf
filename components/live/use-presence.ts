"use client";

import { useEffect, useState } from "react";
import type { PresenceState } from "@/lib/events/event-types";
import { useDocumentEvents } from "./use-document-events";

/** How often a browser repeats that a claim is open, and when a silent person is taken off the list. */
const HEARTBEAT_MS = 20_000;
const FORGET_MS = 50_000;

export interface Present {
  userId: string;
  name: string;
  claimId: string;
  state: PresenceState;
  at: number;
}

function announce(documentId: string, claimId: string, state: PresenceState): void {
  void fetch(`/api/v1/documents/${encodeURIComponent(documentId)}/presence`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ claimId, state }),
    // "left" is sent as the page goes away: the request must outlive it.
    keepalive: true,
  }).catch(() => {});
}

/**
 * Announces that `me` has `claimId` open (repeated while it stays open, `left` when it closes; pass null to only
 * watch), and returns the others on this document with the claim they have open, as last heard.
 */
export function usePresence(documentId: string, me: string | null, claimId: string | null): Present[] {
  const [people, setPeople] = useState<Map<string, Present>>(new Map());

  useDocumentEvents(documentId, (event) => {
    if (event.type !== "presence" || event.userId === me) return;
    setPeople((current) => {
      const next = new Map(current);
      if (event.state === "left") {
        if (next.get(event.userId)?.claimId === event.claimId) next.delete(event.userId);
      } else next.set(event.userId, { ...event, at: Date.now() });
      return next;
    });
  });

  useEffect(() => {
    if (!claimId) return;
    announce(documentId, claimId, "viewing");
    const beat = setInterval(() => announce(documentId, claimId, "viewing"), HEARTBEAT_MS);
    const leave = () => announce(documentId, claimId, "left");
    window.addEventListener("pagehide", leave);
    return () => {
      clearInterval(beat);
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [documentId, claimId]);

  // Forget people who stopped sending (a closed laptop sends no "left").
  useEffect(() => {
    const sweep = setInterval(
      () =>
        setPeople((current) => {
          const now = Date.now();
          const kept = [...current].filter(([, p]) => now - p.at < FORGET_MS);
          return kept.length === current.size ? current : new Map(kept);
        }),
      HEARTBEAT_MS / 2,
    );
    return () => clearInterval(sweep);
  }, []);

  return [...people.values()];
}
