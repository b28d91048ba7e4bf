import { Role } from "@/lib/generated/prisma/enums";

export { Role };
export const ROLES = Object.values(Role);

/** Who is acting: a signed-in user's id and role, or null for an anonymous visitor. */
export type Actor = { id: string; role: Role } | null;
