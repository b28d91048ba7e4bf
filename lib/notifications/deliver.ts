import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { after } from "next/server";
import { db } from "@/lib/db/client";
import { mailConfigured, sendMail } from "@/lib/mail/mailer";
import { appUrl, notificationPath } from "./links";

const quiet = new AsyncLocalStorage<true>();

/** Runs `fn` with its notifications kept in the app only (the demo seed: it must e-mail nobody). */
export function withoutEmail<T>(fn: () => Promise<T>): Promise<T> {
  return quiet.run(true, fn);
}

/**
 * Everything that happens once notifications have committed (called by lib/notifications/notify.ts). Live events
 * belong here too. E-mail goes out after the response inside a request (an SMTP server's latency is not the
 * commenter's), directly elsewhere (command line, tests).
 */
export async function deliverNotifications(ids: string[]): Promise<void> {
  if (ids.length === 0 || quiet.getStore()) return;
  try {
    after(() => mailNotifications(ids));
  } catch (error) {
    if (!/outside a request scope/.test(String(error))) throw error;
    await mailNotifications(ids);
  }
}

/**
 * One e-mail per notification, to recipients who want that type mailed and mailed at once; those who chose the
 * daily digest get it in the next digest (lib/notifications/digest.ts). Without SMTP_URL nothing is mailed.
 */
export async function mailNotifications(ids: string[]): Promise<void> {
  if (!mailConfigured()) return;
  const rows = await db.notification.findMany({
    where: { id: { in: ids }, mailedAt: null },
    select: {
      id: true,
      type: true,
      claimId: true,
      summary: true,
      document: { select: { slug: true } },
      recipient: {
        select: { email: true, role: true, notificationSettings: { select: { mutedTypes: true, dailyDigest: true } } },
      },
    },
  });
  const base = appUrl();
  for (const row of rows) {
    const settings = row.recipient.notificationSettings;
    if (settings?.dailyDigest || settings?.mutedTypes.includes(row.type)) continue;
    const link = `${base}${notificationPath(row, row.recipient.role)}`;
    const result = await sendMail({
      to: row.recipient.email,
      subject: row.summary,
      text: `${row.summary}\n\nOpen it: ${link}\n\nYour inbox: ${base}/inbox\nChoose which e-mail you get: ${base}/account\n`,
    });
    if (result.sent) await db.notification.update({ where: { id: row.id }, data: { mailedAt: new Date() } });
  }
}
