"use server";

import { defineAction } from "@/lib/actions/define-action";
import { notificationSettingsSchema } from "./schemas";
import { saveNotificationSettings } from "./settings";

export const saveNotificationSettingsAction = defineAction(notificationSettingsSchema, saveNotificationSettings);
