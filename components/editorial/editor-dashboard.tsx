"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Pager } from "@/components/ui/pager";
import { interpretAlpha } from "@/lib/agreement/alpha-interpretation";
import type { ActionResult } from "@/lib/api/action-result";
import { assignReviewerAction, setDocumentStatusAction, unassignReviewerAction } from "@/lib/editorial/actions";
import type { Dashboard } from "@/lib/editorial/dashboard";

const STATUS_LABELS = { IN_REVIEW: "In review", DRAFT: "Drafts", PUBLISHED: "Published" } as const;
const FILTERS = [[null, "All"], ...Object.entries(STATUS_LABELS)] as [keyof typeof STATUS_LABELS | null, string][];

/** The dashboard's address for a status filter (all when null) and a page. */
const dashboardHref = (status: string | null, page = 1) => {
  const query = new URLSearchParams({ ...(status ? { status } : {}), ...(page > 1 ? { page: String(page) } : {}) });
  return query.size > 0 ? `/editor?${query}` : "/editor";
};

/** What starting a new round does to a published document's readers, said before it happens. */
const startReviewWarning = (title: string) =>
  `Start a new review round of "${title}"?\n\nReaders keep reading it at its address, marked "In review", until ` +
  "you publish it again. They see the current text and the editors' decisions as they are saved during the round, " +
  "including decisions you change, and any new revision's text.";

/** Alpha with Krippendorff's reading of it (reliable, tentative, not reliable). */
const alpha = (value: number | null) =>
  value === null ? "n/a" : `${value.toFixed(2)} (${interpretAlpha(value).label})`;

export function EditorDashboard({ dashboard }: { dashboard: Dashboard }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // Each card has a menu of every reviewer: written into the page by the server, they would be most of its bytes and
  // of its rendering time; the browser fills them once the page is live (the forms need script anyway).
  const [menus, setMenus] = useState(false);
  useEffect(() => setMenus(true), []);
  const all = Object.values(dashboard.totals).reduce((a, b) => a + b, 0);
  const run = (action: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setMessage(null);
        router.refresh();
      } else setMessage(result.message);
    });

  return (
    <div className="flex flex-col gap-8">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Editorial dashboard</h1>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Assign reviewers, follow their progress and agreement (Krippendorff&apos;s alpha: ordinal on certainty,
          nominal on tier), then decide contested claims and publish.
        </p>
      </header>
      {message && <Alert tone="error">{message}</Alert>}
      <section aria-labelledby="waiting-heading">
        <h2 id="waiting-heading" className="text-lg font-semibold">
          Waiting for you ({dashboard.waiting.documents.length}
          {dashboard.waiting.more ? "+" : ""})
        </h2>
        {dashboard.waiting.documents.length === 0 ? (
          <p className="text-sm">Nothing: no document in review has all its grades in and claims left to decide.</p>
        ) : (
          <>
            <ul className="list-disc pl-6 text-sm">
              {dashboard.waiting.documents.map((d) => (
                <li key={d.id}>
                  <Link href={`/documents/${d.slug}/decide`} className="underline">
                    {d.title}
                  </Link>
                  : {d.undecided} claims to decide
                </li>
              ))}
            </ul>
            {dashboard.waiting.more && (
              <p className="mt-1 text-sm">
                More documents are waiting: these are the {dashboard.waiting.documents.length} most recently changed.
              </p>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading" className="text-lg font-semibold">
          {dashboard.status ? STATUS_LABELS[dashboard.status] : "All documents"} ({dashboard.total})
        </h2>
        <nav aria-label="Documents by status" className="mt-1 flex flex-wrap gap-4 text-sm">
          {FILTERS.map(([status, label]) => (
            <Link
              key={label}
              href={dashboardHref(status)}
              aria-current={status === dashboard.status ? "page" : undefined}
              className={status === dashboard.status ? "font-semibold" : "underline"}
            >
              {label} ({status ? dashboard.totals[status] : all})
            </Link>
          ))}
        </nav>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Most recently changed first; page {dashboard.page} of {dashboard.pages}.
        </p>
        <ul className="mt-2 flex flex-col gap-3">
          {dashboard.documents.map((d) => (
            <li
              key={d.id}
              className="rounded-md border border-slate-300 p-3 text-sm dark:border-slate-700"
              data-testid={`dashboard-${d.slug}`}
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="flex items-center gap-2">
                  <Link href={`/documents/${d.slug}/decide`} className="font-medium underline">
                    {d.title}
                  </Link>
                  <Badge>{STATUS_LABELS[d.status]}</Badge>
                </span>
                <span>
                  {d.decided}/{d.claims} decided · {d.contested} contested · agreement on certainty{" "}
                  {alpha(d.certaintyAlpha)}, on tier {alpha(d.tierAlpha)}
                </span>
              </div>
              <ul className="mt-2 flex flex-col gap-1">
                {d.reviewers.map((r) => (
                  <li key={r.id} className="flex items-center gap-2">
                    <span className="w-40 truncate">{r.name}</span>
                    <progress
                      max={d.claims}
                      value={r.submitted}
                      aria-label={`${r.name}: ${r.submitted} of ${d.claims} claims graded`}
                    />
                    <span>
                      {r.submitted}/{d.claims}
                    </span>
                    <button
                      type="button"
                      className="text-xs underline"
                      disabled={pending}
                      onClick={() => run(() => unassignReviewerAction({ documentId: d.id, reviewerId: r.id }))}
                    >
                      Unassign
                    </button>
                  </li>
                ))}
              </ul>
              <form
                className="mt-2 flex flex-wrap items-center gap-2"
                onSubmit={(e) => {
                  e.preventDefault();
                  const reviewerId = String(new FormData(e.currentTarget).get("reviewerId") ?? "");
                  run(() => assignReviewerAction({ documentId: d.id, reviewerId }));
                }}
              >
                <label htmlFor={`assign-${d.id}`} className="text-xs">
                  Assign reviewer
                </label>
                <select
                  id={`assign-${d.id}`}
                  name="reviewerId"
                  className="rounded border border-slate-400 bg-white px-2 py-1 dark:bg-slate-900"
                >
                  {menus &&
                    dashboard.people
                      .filter((p) => !d.reviewers.some((r) => r.id === p.id))
                      .map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                        </option>
                      ))}
                </select>
                <Button type="submit" variant="secondary" disabled={pending}>
                  Assign
                </Button>
                {d.status !== "IN_REVIEW" && (
                  <Button
                    variant="secondary"
                    disabled={pending}
                    onClick={() => {
                      if (d.status === "PUBLISHED" && !window.confirm(startReviewWarning(d.title))) return;
                      run(() => setDocumentStatusAction({ documentId: d.id, version: d.version, status: "IN_REVIEW" }));
                    }}
                  >
                    Start review
                  </Button>
                )}
              </form>
            </li>
          ))}
        </ul>
        <div className="mt-3">
          <Pager
            label="Pages of documents"
            previous={dashboard.page > 1 ? dashboardHref(dashboard.status, dashboard.page - 1) : null}
            next={dashboard.page < dashboard.pages ? dashboardHref(dashboard.status, dashboard.page + 1) : null}
          />
        </div>
      </section>
    </div>
  );
}
