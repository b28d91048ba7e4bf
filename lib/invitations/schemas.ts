import { z } from "zod";
import { passwordSchema } from "@/lib/users/schemas";

// The invitee's inputs. The admin's (invite, resend, revoke) are in lib/admin/schemas.ts, which the route table
// imports: this module pulls in the password rules' breach list, which stays on the server.

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

/** "Accept with <organisation>": only the link; the name and identity come from the OpenID provider. */
export const invitationSignInSchema = z.object({ token: invitationTokenSchema });
