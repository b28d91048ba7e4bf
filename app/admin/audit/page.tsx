import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AdminNav, utc } from "@/components/admin/admin-nav";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { listAuditEvents } from "@/lib/audit/audit-log";
import { ACTIONS, can } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { loadPageData } from "@/lib/errors/load";

export const metadata: Metadata = { title: "Audit log" };

/** The filter's fields, as the form shows them and the query string names them. */
const INPUTS = [
  { name: "user", label: "User (e-mail)", type: "search" },
  { name: "document", label: "Document (slug)", type: "search" },
  { name: "action", label: "Action", type: "select" },
  { name: "from", label: "From (UTC)", type: "date" },
  { name: "to", label: "To (UTC)", type: "date" },
] as const;
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const short = (value: unknown) => {
  if (value === null || value === undefined) return "";
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
};

export default async function AuditPage({ searchParams }: Props) {
  const actor = await currentActor();
  if (!actor) redirect("/signin?callbackUrl=%2Fadmin%2Faudit");
  if (!can(actor, "audit.read")) notFound();
  const params = await searchParams;
  const query: Record<string, string> = {};
  for (const key of [...INPUTS.map((input) => input.name), "page"]) {
    const value = params[key];
    if (typeof value === "string" && value.trim()) query[key] = value.trim();
  }
  const result = await loadPageData(async () => {
    try {
      return { page: await listAuditEvents(actor, query), error: null };
    } catch (error) {
      if (error instanceof AppError && error.code === "INVALID") return { page: null, error: error.message };
      throw error;
    }
  });
  if (!result.ok) return <DatabaseUnavailable />;
  const { page, error } = result.data;
  const filterOnly = Object.fromEntries(Object.entries(query).filter(([key]) => key !== "page"));
  const href = (extra: Record<string, string>, path = "/admin/audit") =>
    `${path}?${new URLSearchParams({ ...filterOnly, ...extra })}`;
  const inputClass = "rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900";

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Audit log</h1>
        <AdminNav current="/admin/audit" />
      </div>
      <search>
        <form action="/admin/audit" className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end">
          {INPUTS.map((input) => (
            <div key={input.name} className="flex flex-col gap-1">
              <label htmlFor={`audit-${input.name}`} className="text-sm font-medium">
                {input.label}
              </label>
              {input.name === "action" ? (
                <select id="audit-action" name="action" defaultValue={query.action ?? ""} className={inputClass}>
                  <option value="">Any</option>
                  {ACTIONS.map((action) => (
                    <option key={action} value={action}>
                      {action}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={`audit-${input.name}`}
                  name={input.name}
                  type={input.type}
                  defaultValue={query[input.name]}
                  className={inputClass}
                />
              )}
            </div>
          ))}
          <div className="flex gap-2">
            <button type="submit" className={buttonClass("primary")}>
              Filter
            </button>
            <a href={href({}, "/admin/audit/export")} className={buttonClass("secondary")} download>
              Export CSV
            </a>
          </div>
        </form>
      </search>
      {error && <Alert tone="error">{error}</Alert>}
      {page && page.unknown.length > 0 && (
        <Alert tone="info">No {page.unknown.join(" or ")} matches what the filter names, so nothing is listed.</Alert>
      )}
      {page && (
        <>
          {page.rows.length === 0 ? (
            <p className="text-sm">No events match.</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm" data-testid="audit-events">
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">Action</th>
                    <th scope="col">What</th>
                    <th scope="col">Document</th>
                    <th scope="col">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {page.rows.map((row) => (
                    <tr key={row.id} className="border-t border-slate-200 align-top dark:border-slate-800">
                      <td className="whitespace-nowrap py-2 pr-2">{utc(row.createdAt)}</td>
                      <td className="pr-2">{row.actor ? row.actor.email : "system"}</td>
                      <td className="pr-2">{row.action}</td>
                      <td className="pr-2">
                        {row.entityType} <span className="font-mono text-xs">{row.entityId}</span>
                      </td>
                      <td className="pr-2">
                        {row.document && (
                          <Link href={`/documents/${row.document.slug}`} className="underline">
                            {row.document.title}
                          </Link>
                        )}
                      </td>
                      <td className="break-all font-mono text-xs">
                        {row.before !== null && <span className="block">before {short(row.before)}</span>}
                        {row.after !== null && <span className="block">after {short(row.after)}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <nav aria-label="Pages of the audit log" className="flex gap-4 text-sm">
            {page.filter.page > 1 && (
              <Link href={href({ page: String(page.filter.page - 1) })} className="underline">
                Newer
              </Link>
            )}
            {page.hasNext && (
              <Link href={href({ page: String(page.filter.page + 1) })} className="underline">
                Older
              </Link>
            )}
          </nav>
        </>
      )}
    </div>
  );
}
