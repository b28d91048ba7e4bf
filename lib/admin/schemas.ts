import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";

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
