"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { accountLinks } from "@/lib/auth/navigation";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { buttonClass } from "../ui/button";
import { NavList } from "./nav-list";
import { useSession } from "./use-session";

const SIGN_OUT = { href: "/signout", label: "Sign out" };

export function AccountMenu() {
  const { session, status } = useSession();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const container = useRef<HTMLDivElement>(null);

  // A link in the menu navigates without unmounting it: close it on every new page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger, not a value read
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (
        event instanceof KeyboardEvent ? event.key === "Escape" : !container.current?.contains(event.target as Node)
      ) {
        setOpen(false);
      }
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  // Until the session is known, an invisible stand-in the size of the sign-in button holds its place, so the header
  // keeps its height when the answer comes (it used to grow by 10 px, shifting the whole page: CLS 0.06–0.08).
  if (status === "loading")
    return (
      <span className={`${buttonClass("secondary")} invisible`} aria-hidden="true">
        Sign in
      </span>
    );
  if (!session) {
    const callback = pathname && pathname !== "/signin" ? `?callbackUrl=${encodeURIComponent(pathname)}` : "";
    return (
      <Link href={`/signin${callback}`} prefetch={false} className={buttonClass("secondary")}>
        Sign in
      </Link>
    );
  }

  const role = ROLE_LABELS[session.user.role];
  const actor = { id: session.user.id, role: session.user.role };
  return (
    <div ref={container} className="relative">
      <button
        type="button"
        className={buttonClass("ghost")}
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        <span>{session.user.name}</span>
        <span
          className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-800 dark:bg-slate-700 dark:text-slate-100"
          data-testid="account-role"
        >
          {role}
        </span>
      </button>
      {open && (
        <div
          id={menuId}
          className="absolute right-0 z-10 mt-2 w-56 rounded-md border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <p className="px-2 py-1 text-xs text-slate-600 dark:text-slate-300">Signed in as {session.user.email}</p>
          <NavList
            links={[{ href: "/account", label: "Your account" }, ...accountLinks(actor), SIGN_OUT]}
            current={pathname ?? undefined}
            className="mt-1"
            linkClassName="block rounded px-2 py-1.5 text-sm hover:bg-slate-100 aria-[current=page]:font-semibold dark:hover:bg-slate-800"
          />
        </div>
      )}
    </div>
  );
}
