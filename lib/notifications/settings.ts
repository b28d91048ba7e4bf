import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { NotificationType } from "@/lib/generated/prisma/enums";
import { parseInput } from "@/lib/validation/parse";
import { notificationSettingsSchema } from "./schemas";

const ALL_TYPES = Object.values(NotificationType);

/** The caller's e-mail choices; without a saved row, every type is mailed at once. */
export async function getNotificationSettings(actor: Actor) {
  authorize(actor, "notifications.update");
  const row = await db.notificationSettings.findUnique({
    where: { userId: actor!.id },
    select: { mutedTypes: true, dailyDigest: true },
  });
  return {
    mailed: ALL_TYPES.filter((type) => !row?.mutedTypes.includes(type)),
    dailyDigest: row?.dailyDigest ?? false,
  };
}
export type NotificationSettings = Awaited<ReturnType<typeof getNotificationSettings>>;

export async function saveNotificationSettings(actor: Actor, input: unknown): Promise<NotificationSettings> {
  authorize(actor, "notifications.update");
  const data = parseInput(notificationSettingsSchema, input);
  const fields = { mutedTypes: ALL_TYPES.filter((type) => !data.mailed.includes(type)), dailyDigest: data.dailyDigest };
  await db.notificationSettings.upsert({
    where: { userId: actor!.id },
    create: { userId: actor!.id, ...fields },
    update: fields,
  });
  return getNotificationSettings(actor);
}
