"use client";

import Link from "next/link";
import { Fragment } from "react";
import { useSessionActor } from "@/components/layout/use-session";
import { documentLinks } from "@/lib/auth/navigation";

/**
 * Links to the document's workspaces the visitor may use (review, edit claims, decide: lib/auth/navigation.ts),
 * shown from the browser's session so the reading page itself stays the same for everyone (and cacheable). The
 * workspaces check permissions themselves.
 */
export function DocumentActions({ slug }: { slug: string }) {
  const actor = useSessionActor();
  if (!actor) return null;
  return documentLinks(actor, slug)
    .filter((link) => link.href !== `/documents/${slug}`)
    .map((link) => (
      <Fragment key={link.href}>
        <span aria-hidden="true">·</span>
        <Link href={link.href} className="underline">
          {link.label}
        </Link>
      </Fragment>
    ));
}
