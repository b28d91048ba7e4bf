import "server-only";
import { db } from "@/lib/db/client";
import { mailConfigured, sendMail } from "@/lib/mail/mailer";
import { appUrl, notificationPath } from "./links";

/**
 * The daily digest (`npm run notifications:digest`, run by cron): for each user who chose it, one e-mail of the
 * unread notifications since their last digest that they want mailed. Items go out once: they are marked mailed.
 */
export async function sendDigests(now = new Date()): Promise<{ users: number; mails: number }> {
  if (!mailConfigured()) return { users: 0, mails: 0 };
  const subscribers = await db.notificationSettings.findMany({
    where: { dailyDigest: true, user: { disabled: false } },
    select: { userId: true, mutedTypes: true, lastDigestAt: true, user: { select: { email: true, role: true } } },
  });
  const base = appUrl();
  let mails = 0;
  for (const subscriber of subscribers) {
    const items = await db.notification.findMany({
      where: {
        recipientId: subscriber.userId,
        readAt: null,
        mailedAt: null,
        type: { notIn: subscriber.mutedTypes },
        createdAt: { lte: now, ...(subscriber.lastDigestAt ? { gt: subscriber.lastDigestAt } : {}) },
      },
      select: { id: true, type: true, claimId: true, summary: true, document: { select: { slug: true } } },
      orderBy: { createdAt: "asc" },
    });
    if (items.length > 0) {
      const lines = items.map((n) => `- ${n.summary}\n  ${base}${notificationPath(n, subscriber.user.role)}`);
      const result = await sendMail({
        to: subscriber.user.email,
        subject: `Claimwise: ${items.length} new notification${items.length === 1 ? "" : "s"}`,
        text: `${lines.join("\n")}\n\nYour inbox: ${base}/inbox\nChoose which e-mail you get: ${base}/account\n`,
      });
      // A failed send keeps the items and the last digest time: the next run tries them again.
      if (!result.sent) continue;
      mails++;
      await db.notification.updateMany({ where: { id: { in: items.map((n) => n.id) } }, data: { mailedAt: now } });
    }
    await db.notificationSettings.update({ where: { userId: subscriber.userId }, data: { lastDigestAt: now } });
  }
  return { users: subscribers.length, mails };
}
