"use client";

import Link from "next/link";

/**
 * After a session has ended mid-task: a link to sign in that comes back to this very page (and its query). Shown
 * only once a save has failed in the browser, so the location is the browser's.
 */
export function SignInAgain() {
  const back = typeof window === "undefined" ? "/" : window.location.pathname + window.location.search;
  return (
    <Link href={`/signin?callbackUrl=${encodeURIComponent(back)}`} className="font-medium underline">
      Sign in again
    </Link>
  );
}
