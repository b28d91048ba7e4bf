"use server";

import { defineAction } from "@/lib/actions/define-action";
import { updateUserSchema } from "./schemas";
import { updateUser } from "./users";

export const updateUserAction = defineAction(updateUserSchema, updateUser);
