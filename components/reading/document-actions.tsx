"use client";

import Link from "next/link";
import type { Role } from "@/lib/generated/prisma/enums";
import { useAccountRole } from "./use-account-role";

const CAN_REVIEW: Role[] = ["REVIEWER", "EDITOR", "ADMIN"];
const CAN_EDIT: Role[] = ["EDITOR", "ADMIN"];

/**
 * Links to the workspaces, shown from the browser's session so the reading page itself stays the same for everyone
 * (and cacheable). The workspaces check permissions themselves.
 */
export function DocumentActions({ slug }: { slug: string }) {
  const role = useAccountRole();
  if (!role) return null;
  return (
    <>
      {CAN_REVIEW.includes(role) && (
        <>
          <span aria-hidden="true">·</span>
          <Link href={`/documents/${slug}/review`} className="underline">
            Review claims
          </Link>
        </>
      )}
      {CAN_EDIT.includes(role) && (
        <>
          <span aria-hidden="true">·</span>
          <Link href={`/documents/${slug}/claims`} className="underline">
            Edit claims
          </Link>
          <span aria-hidden="true">·</span>
          <Link href={`/documents/${slug}/manage`} className="underline">
            Manage document
          </Link>
        </>
      )}
    </>
  );
}
