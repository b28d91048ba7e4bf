"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { NotificationType } from "@/lib/generated/prisma/enums";
import { saveNotificationSettingsAction } from "@/lib/notifications/actions";
import { NOTIFICATION_TYPE_LABELS } from "@/lib/notifications/schemas";
import type { NotificationSettings } from "@/lib/notifications/settings";

const TYPES = Object.keys(NOTIFICATION_TYPE_LABELS) as NotificationType[];

/** The account page's e-mail choices: which notifications are mailed, and at once or as one daily digest. */
export function NotificationSettingsForm({ initial, mailOn }: { initial: NotificationSettings; mailOn: boolean }) {
  const [mailed, setMailed] = useState(new Set(initial.mailed));
  const [dailyDigest, setDailyDigest] = useState(initial.dailyDigest);
  const [message, setMessage] = useState<{ tone: "info" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const save = () =>
    startTransition(async () => {
      const result = await saveNotificationSettingsAction({ mailed: [...mailed], dailyDigest });
      setMessage(result.ok ? { tone: "info", text: "Saved." } : { tone: "error", text: result.message });
    });
  const toggle = (type: NotificationType, on: boolean) =>
    setMailed((current) => {
      const next = new Set(current);
      if (on) next.add(type);
      else next.delete(type);
      return next;
    });

  return (
    <form
      className="mt-2 flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      {!mailOn && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          This site sends no e-mail; your notifications are in your inbox.
        </p>
      )}
      <fieldset>
        <legend className="text-sm font-medium">E-mail me when</legend>
        {TYPES.map((type) => (
          <label key={type} className="mt-1 flex items-center gap-2 text-sm">
            <input type="checkbox" checked={mailed.has(type)} onChange={(e) => toggle(type, e.target.checked)} />
            {NOTIFICATION_TYPE_LABELS[type]}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={dailyDigest} onChange={(e) => setDailyDigest(e.target.checked)} />
        One daily digest instead of an e-mail each time
      </label>
      <div>
        <Button type="submit" disabled={pending}>
          Save e-mail settings
        </Button>
      </div>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </form>
  );
}
