"use client";

import { Bell } from "lucide-react";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useSession } from "@/components/layout/use-session";
import { NOTIFICATION_EVENT } from "./inbox-events";

const EVERY_MS = 30_000;

/**
 * The header's link to the inbox with the unread count, for signed-in users. It counts again when the tab regains
 * focus, every 30 s, and on the `claimwise:notification` event (live updates, marking read).
 */
export function InboxBadge() {
  const { session } = useSession();
  const [unread, setUnread] = useState<number | null>(null);

  useEffect(() => {
    if (!session) return;
    let stale = false;
    const count = async () => {
      try {
        const response = await fetch("/api/v1/notifications?unread=1&limit=1", { cache: "no-store" });
        if (response.ok && !stale) setUnread(((await response.json()) as { unreadCount: number }).unreadCount);
      } catch {
        // Offline or restarting: the next focus or tick counts again.
      }
    };
    void count();
    const timer = window.setInterval(count, EVERY_MS);
    window.addEventListener("focus", count);
    window.addEventListener(NOTIFICATION_EVENT, count);
    return () => {
      stale = true;
      window.clearInterval(timer);
      window.removeEventListener("focus", count);
      window.removeEventListener(NOTIFICATION_EVENT, count);
    };
  }, [session]);

  if (!session) return null;
  const label = unread ? `Inbox, ${unread} unread` : "Inbox";
  return (
    <Link
      href="/inbox"
      aria-label={label}
      title={label}
      className="relative inline-flex items-center rounded-md p-2 text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      <Bell aria-hidden="true" className="h-5 w-5" />
      {unread ? (
        <span
          data-testid="inbox-count"
          className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-semibold text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
