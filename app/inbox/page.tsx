import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { InboxList } from "@/components/notifications/inbox-list";
import { currentActor } from "@/lib/auth/session";
import { loadPageData } from "@/lib/errors/load";
import { listNotifications } from "@/lib/notifications/inbox";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage() {
  const actor = await currentActor();
  if (!actor) redirect("/signin?callbackUrl=%2Finbox");
  const result = await loadPageData(() => listNotifications(actor, {}));
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight">Inbox</h1>
      {result.ok ? <InboxList first={result.data} /> : <DatabaseUnavailable />}
    </div>
  );
}
