import { z } from "zod";
import { roleSchema } from "@/lib/admin/schemas";
import { emailSchema } from "@/lib/users/email";
import { passwordSchema } from "@/lib/users/schemas";

export const inviteUserSchema = z.object({ email: emailSchema, role: roleSchema });
export type InviteUserInput = z.input<typeof inviteUserSchema>;

/** Resend (a new link) or revoke a pending invitation. */
export const invitationTargetSchema = z.object({ invitationId: z.string().min(1).max(100) });

/** The invitation's one-time secret as it appears in the link (base64url of 32 bytes). */
export const invitationTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, "This invitation link is not complete. Open it again from the e-mail.");

export const acceptInvitationSchema = z.object({
  token: invitationTokenSchema,
  name: z.string().trim().min(1, "Enter your name.").max(120, "Keep the name under 120 characters."),
  password: passwordSchema,
});
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;
