"use client";

import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { NotificationPage } from "@/lib/notifications/inbox";
import { announceInboxChange } from "./inbox-events";

type Item = NotificationPage["items"][number];

const when = (date: Date | string) =>
  new Date(date).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

async function post(path: string): Promise<boolean> {
  const response = await fetch(`/api/v1/notifications/${path}`, { method: "POST" });
  return response.ok;
}

/** The inbox: newest first, unread ones marked; opening one marks it read; more pages on demand. */
export function InboxList({ first }: { first: NotificationPage }) {
  const [items, setItems] = useState<Item[]>(first.items);
  const [cursor, setCursor] = useState(first.nextCursor);
  const [unread, setUnread] = useState(first.unreadCount);
  const [error, setError] = useState<string | null>(null);

  const markRead = async (item: Item) => {
    if (item.readAt) return;
    if (!(await post(`${encodeURIComponent(item.id)}/read`))) return setError("Could not mark it read. Try again.");
    setItems((all) => all.map((n) => (n.id === item.id ? { ...n, readAt: new Date() } : n)));
    setUnread((n) => Math.max(0, n - 1));
    announceInboxChange();
  };
  const markAll = async () => {
    if (!(await post("read-all"))) return setError("Could not mark them read. Try again.");
    setItems((all) => all.map((n) => ({ ...n, readAt: n.readAt ?? new Date() })));
    setUnread(0);
    announceInboxChange();
  };
  const more = async () => {
    const response = await fetch(`/api/v1/notifications?cursor=${encodeURIComponent(cursor ?? "")}`);
    if (!response.ok) return setError("Could not load more. Try again.");
    const page = (await response.json()) as NotificationPage;
    setItems((all) => [...all, ...page.items]);
    setCursor(page.nextCursor);
  };

  return (
    <div className="mt-4 flex flex-col gap-4">
      <div className="flex items-center justify-between gap-4">
        <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="inbox-unread">
          {unread === 0 ? "Nothing unread." : `${unread} unread`}
        </p>
        <Button variant="secondary" onClick={markAll} disabled={unread === 0}>
          Mark all read
        </Button>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {items.length === 0 ? (
        <p>No notifications yet. Mentions, replies, assignments and decisions on your work appear here.</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Notifications">
          {items.map((item) => (
            <li key={item.id} className="flex items-start justify-between gap-4 py-3" data-unread={!item.readAt}>
              <div className="min-w-0">
                <Link
                  href={item.link}
                  onClick={() => void markRead(item)}
                  className={`block text-blue-700 hover:underline dark:text-blue-300 ${item.readAt ? "" : "font-semibold"}`}
                >
                  {item.summary}
                  {item.readAt ? null : <span className="sr-only"> (unread)</span>}
                </Link>
                <p className="text-xs text-slate-600 dark:text-slate-400">{when(item.createdAt)}</p>
              </div>
              {!item.readAt && (
                <Button variant="ghost" onClick={() => void markRead(item)} aria-label={`Mark read: ${item.summary}`}>
                  Mark read
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {cursor && (
        <Button variant="secondary" onClick={more}>
          Show older
        </Button>
      )}
    </div>
  );
}
