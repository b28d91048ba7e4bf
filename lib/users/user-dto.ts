import type { Prisma } from "@/lib/generated/prisma/client";

/** The fields of a user that may leave the data layer (never the password hash). */
export const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabled: true,
  createdAt: true,
} as const satisfies Prisma.UserSelect;

export type UserDto = Prisma.UserGetPayload<{ select: typeof userSelect }>;
