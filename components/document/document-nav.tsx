"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useSessionActor } from "@/components/layout/use-session";
import { documentLinks } from "@/lib/auth/navigation";

/** A document's pages the signed-in user may use (read, review, edit claims, decide), the current one marked. */
export function DocumentNav({ slug }: { slug: string }) {
  const actor = useSessionActor();
  const pathname = usePathname();
  const links = documentLinks(actor, slug);
  if (links.length < 2) return null;
  return (
    <nav aria-label="This document" className="mt-2">
      <ul className="flex flex-wrap gap-3 text-sm">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={pathname === link.href ? "page" : undefined}
              className="underline aria-[current=page]:font-semibold aria-[current=page]:no-underline"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
