import Link from "next/link";

const PAGES = [
  { href: "/admin/users", label: "Users and invitations" },
  { href: "/admin/audit", label: "Audit log" },
];

/** The admin section's pages, the current one marked. */
export function AdminNav({ current }: { current: string }) {
  return (
    <nav aria-label="Administration" className="border-b border-slate-200 pb-2 dark:border-slate-800">
      <ul className="flex gap-4 text-sm">
        {PAGES.map((page) => (
          <li key={page.href}>
            <Link
              href={page.href}
              aria-current={page.href === current ? "page" : undefined}
              className="underline aria-[current=page]:font-semibold aria-[current=page]:no-underline"
            >
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Dates as admins compare them across time zones: "2026-11-30 04:00 UTC". */
export const utc = (date: Date | null) => (date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : "never");
