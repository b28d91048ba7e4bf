import { NavList } from "@/components/layout/nav-list";

const PAGES = [
  { href: "/admin/users", label: "Users and invitations" },
  { href: "/admin/audit", label: "Audit log" },
];

/** The admin section's pages, the current one marked. */
export function AdminNav({ current }: { current: string }) {
  return (
    <nav aria-label="Administration" className="border-b border-slate-200 pb-2 dark:border-slate-800">
      <NavList
        links={PAGES}
        current={current}
        className="flex gap-4 text-sm"
        linkClassName="underline aria-[current=page]:font-semibold aria-[current=page]:no-underline"
      />
    </nav>
  );
}

/** Dates as admins compare them across time zones: "2026-11-30 04:00 UTC". */
export const utc = (date: Date | null) => (date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : "never");
