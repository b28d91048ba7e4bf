"use client";

import { usePathname } from "next/navigation";
import { currentLink, siteLinks } from "@/lib/auth/navigation";
import { NavList } from "./nav-list";
import { useSessionActor } from "./use-session";

/**
 * The sections of the site the visitor may use (lib/auth/navigation.ts, from the policy table), the current one
 * marked. Drawn from the browser's session, like the account menu, so pages stay the same for everyone; until the
 * session is known it shows what anyone may use. Not prefetched: the header is on every page, and prefetching would
 * make each view of a cached reading page render the (dynamic) pages it links to.
 */
export function SiteNav() {
  const links = siteLinks(useSessionActor());
  const current = currentLink(usePathname() ?? "/", links);
  return (
    <nav aria-label="Site" data-testid="site-nav">
      <NavList
        links={links}
        current={current?.href}
        prefetch={false}
        className="flex items-center gap-1 text-sm"
        linkClassName="rounded px-2 py-1 hover:bg-slate-100 aria-[current=page]:font-semibold aria-[current=page]:underline dark:hover:bg-slate-800"
      />
    </nav>
  );
}
