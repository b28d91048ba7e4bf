import { z } from "zod";
import { emailSchema } from "@/lib/users/email";
import { passwordSchema } from "@/lib/users/schemas";

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(1024),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const requestPasswordResetSchema = z.object({ email: emailSchema });

/** The secret of a reset link: base64url, as lib/account/reset-secret.ts writes it. */
export const resetSecretSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{20,100}$/, "This reset link is not valid. Ask for a new one.");

export const resetPasswordSchema = z.object({ token: resetSecretSchema, password: passwordSchema });
