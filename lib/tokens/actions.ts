"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createOwnApiToken } from "./create-token";
import { revokeToken } from "./own-tokens";
import { newTokenSchema, revokeTokenSchema } from "./schemas";

export const createTokenAction = defineAction(newTokenSchema, createOwnApiToken);
export const revokeTokenAction = defineAction(revokeTokenSchema, revokeToken);
