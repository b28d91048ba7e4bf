import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { emailSchema } from "@/lib/users/email";

export const roleSchema = z.enum(Role, { message: `Role must be one of ${Object.values(Role).join(", ")}.` });

/** `GET /api/v1/users` and the admin's user list: a search over name and email, and a page number. */
export const listUsersSchema = z.object({
  q: z.string().trim().max(200, "Keep the search under 200 characters.").optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type ListUsersInput = z.input<typeof listUsersSchema>;

/** One change to a user: a new role, disabled or enabled, or every session ended. */
export const updateUserSchema = z.object({
  userId: z.string().min(1).max(100),
  role: roleSchema.optional(),
  disabled: z.boolean().optional(),
  signOut: z.literal(true).optional(),
});
export type UpdateUserInput = z.input<typeof updateUserSchema>;

/** An invitation by e-mail with a role (the REST route and the admin's form). */
export const inviteUserSchema = z.object({ email: emailSchema, role: roleSchema });
export type InviteUserInput = z.input<typeof inviteUserSchema>;

/** Resend (a new link) or revoke a pending invitation. */
export const invitationTargetSchema = z.object({ invitationId: z.string().min(1).max(100) });
