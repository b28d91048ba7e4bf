import { z } from "zod";
import { NotificationType } from "@/lib/generated/prisma/enums";

/** The inbox's query: newest first, `cursor` the last id of the previous page, `unread` only unread items. */
export const listNotificationsSchema = z.object({
  cursor: z.string().min(1).max(64).optional(),
  /** A boolean, or in a query string `1`/`true`. */
  unread: z.union([z.boolean(), z.stringbool()]).default(false),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const notificationTargetSchema = z.object({ notificationId: z.string().min(1).max(64) });

/** A user's notification e-mail: which types are mailed, and whether as one daily digest. */
export const notificationSettingsSchema = z.object({
  mailed: z.array(z.enum(NotificationType)).max(Object.keys(NotificationType).length),
  dailyDigest: z.boolean(),
});

export const NOTIFICATION_TYPE_LABELS: Record<NotificationType, string> = {
  MENTION: "Someone mentions you in a comment",
  REPLY: "Someone replies to your comment",
  ASSIGNMENT: "You are assigned to a document",
  DECISION: "An editor decides a claim you graded",
  PUBLICATION: "A document you reviewed is published",
};
