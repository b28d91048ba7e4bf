"use client";

import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";

/** The session is read in the browser so that pages themselves stay cacheable for every visitor. */
export function ClientSessionProvider({ children }: { children: ReactNode }) {
  return <SessionProvider refetchOnWindowFocus={false}>{children}</SessionProvider>;
}
