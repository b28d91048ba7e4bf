"use client";

import type { Session } from "next-auth";
import { useSyncExternalStore } from "react";
import type { Actor } from "@/lib/auth/roles";

/**
 * The signed-in user as the browser sees it: one `GET /api/auth/session` per page load, shared by every component.
 * Pages stay the same for everyone (and cacheable), and reading pages ship no next-auth client (sign-in and
 * sign-out reload the page, so there is nothing to keep in sync).
 */
export type BrowserSession =
  | { status: "loading"; session: null }
  | { status: "authenticated"; session: Session }
  | { status: "unauthenticated"; session: null };

const LOADING: BrowserSession = { status: "loading", session: null };
let current: BrowserSession = LOADING;
let requested = false;
const listeners = new Set<() => void>();

async function fetchSession(): Promise<BrowserSession> {
  try {
    const response = await fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" });
    const session = response.ok ? ((await response.json()) as Partial<Session> | null) : null;
    return session?.user
      ? { status: "authenticated", session: session as Session }
      : { status: "unauthenticated", session: null };
  } catch {
    return { status: "unauthenticated", session: null };
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!requested) {
    requested = true;
    void fetchSession().then((next) => {
      current = next;
      for (const notify of listeners) notify();
    });
  }
  return () => listeners.delete(listener);
}

export function useSession(): BrowserSession {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => LOADING,
  );
}

/** The signed-in user as the policy table sees them (lib/auth/policy.ts), or null. */
export function useSessionActor(): Actor {
  const { session } = useSession();
  return session ? { id: session.user.id, role: session.user.role } : null;
}
