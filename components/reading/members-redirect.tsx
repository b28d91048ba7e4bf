"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { useSession } from "@/components/layout/use-session";

/** On the public reading page's 404: a signed-in user may be allowed to read it; the members' view decides. */
export function MembersRedirect() {
  const { status } = useSession();
  const pathname = usePathname();
  const router = useRouter();
  const match = pathname.match(/^\/documents\/([a-z0-9-]+)$/);
  useEffect(() => {
    if (status === "authenticated" && match) router.replace(`/documents/${match[1]}/private${window.location.hash}`);
  }, [status, match, router]);
  return null;
}
