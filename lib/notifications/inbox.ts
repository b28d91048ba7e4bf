import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/parse";
import { notificationPath } from "./links";
import { listNotificationsSchema, notificationTargetSchema } from "./schemas";

const notificationSelect = {
  id: true,
  type: true,
  createdAt: true,
  readAt: true,
  documentId: true,
  claimId: true,
  summary: true,
  actor: { select: { id: true, name: true } },
  document: { select: { slug: true } },
} as const;

/**
 * The caller's own notifications, newest first: a page of `limit` after `cursor` (the last id of the previous
 * page), with the next cursor and the unread count (the header's badge). Only the recipient's rows are ever read.
 */
export async function listNotifications(actor: Actor, input: unknown) {
  authorize(actor, "notifications.read");
  const query = parseInput(listNotificationsSchema, input);
  const mine = { recipientId: actor!.id };
  const [rows, unreadCount] = await Promise.all([
    db.notification.findMany({
      where: { ...mine, ...(query.unread ? { readAt: null } : {}) },
      select: notificationSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: query.limit + 1,
      ...(query.cursor ? { cursor: { id: query.cursor, ...mine }, skip: 1 } : {}),
    }),
    db.notification.count({ where: { ...mine, readAt: null } }),
  ]);
  const page = rows.slice(0, query.limit);
  return {
    items: page.map(({ document, ...n }) => ({ ...n, link: notificationPath({ ...n, document }, actor!.role) })),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
    unreadCount,
  };
}
export type NotificationPage = Awaited<ReturnType<typeof listNotifications>>;

/** Marks one of the caller's notifications read (again: a no-op); someone else's is NOT_FOUND. */
export async function markNotificationRead(actor: Actor, input: unknown): Promise<void> {
  authorize(actor, "notifications.update");
  const { notificationId } = parseInput(notificationTargetSchema, input);
  const mine = { id: notificationId, recipientId: actor!.id };
  const { count } = await db.notification.updateMany({
    where: { ...mine, readAt: null },
    data: { readAt: new Date() },
  });
  if (count === 0 && (await db.notification.count({ where: mine })) === 0) throw notFound("That notification");
}

/** Marks every unread notification of the caller read. */
export async function markAllNotificationsRead(actor: Actor): Promise<void> {
  authorize(actor, "notifications.update");
  await db.notification.updateMany({ where: { recipientId: actor!.id, readAt: null }, data: { readAt: new Date() } });
}
