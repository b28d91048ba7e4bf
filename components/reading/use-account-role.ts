"use client";

import { useSession } from "next-auth/react";
import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user's role, from the browser's session (pages stay the same for everyone). */
export function useAccountRole(): Role | null {
  return useSession().data?.user.role ?? null;
}
