"use client";

import { usePathname } from "next/navigation";
import { NavList } from "@/components/layout/nav-list";
import { useSessionActor } from "@/components/layout/use-session";
import { documentLinks } from "@/lib/auth/navigation";

/** A document's pages the signed-in user may use (read, review, edit claims, decide), the current one marked. */
export function DocumentNav({ slug }: { slug: string }) {
  const links = documentLinks(useSessionActor(), slug);
  const pathname = usePathname() ?? undefined;
  if (links.length < 2) return null;
  return (
    <nav aria-label="This document" className="mt-2">
      <NavList
        links={links}
        current={pathname}
        className="flex flex-wrap gap-3 text-sm"
        linkClassName="underline aria-[current=page]:font-semibold aria-[current=page]:no-underline"
      />
    </nav>
  );
}
