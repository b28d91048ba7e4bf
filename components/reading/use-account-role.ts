"use client";

import { useSession } from "@/components/layout/use-session";
import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user's role, from the browser's session (pages stay the same for everyone). */
export function useAccountRole(): Role | null {
  return useSession().session?.user.role ?? null;
}
