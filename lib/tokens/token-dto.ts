import type { Prisma } from "@/lib/generated/prisma/client";

/** What of a token its owner sees: never the hash (the secret is shown once, at creation). */
export const tokenSelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
} as const satisfies Prisma.ApiTokenSelect;

export type TokenDto = Prisma.ApiTokenGetPayload<{ select: typeof tokenSelect }>;
