"use server";

import { headers } from "next/headers";
import { defineAction } from "@/lib/actions/define-action";
import { clientIp } from "@/lib/auth/client-ip";
import { changePassword } from "./change-password";
import { requestPasswordReset } from "./password-reset";
import { resetPassword } from "./reset-password";
import { changePasswordSchema, requestPasswordResetSchema, resetPasswordSchema } from "./schemas";

export const changePasswordAction = defineAction(changePasswordSchema, changePassword);
// Nobody is signed in to ask for a reset or to use its link: the e-mailed secret is the proof.
export const requestPasswordResetAction = defineAction(requestPasswordResetSchema, async (_actor, input) =>
  requestPasswordReset(input, clientIp(await headers())),
);
export const resetPasswordAction = defineAction(resetPasswordSchema, (_actor, input) => resetPassword(input));
