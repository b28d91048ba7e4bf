import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { Badge } from "@/components/ui/badge";
import { can } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { loadPageData } from "@/lib/errors/load";
import { listAssignedDocuments } from "@/lib/reviews/assigned-documents";

export const metadata: Metadata = { title: "Your review assignments" };

const STATUS_LABELS = { DRAFT: "Draft", IN_REVIEW: "In review", PUBLISHED: "Published" } as const;

export default async function ReviewAssignmentsPage() {
  const actor = await currentActor();
  if (!actor) redirect("/signin?callbackUrl=%2Freview");
  if (!can(actor, "reviews.write")) notFound();
  const result = await loadPageData(() => listAssignedDocuments(actor));
  if (!result.ok) return <DatabaseUnavailable />;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold tracking-tight">Your review assignments</h1>
      {result.data.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">
          No document is assigned to you yet. An editor assigns reviewers from the editorial dashboard.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="assignments">
          {result.data.map((document) => (
            <li key={document.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <Link
                href={`/documents/${document.slug}/review`}
                className="font-medium text-blue-700 underline dark:text-blue-300"
              >
                {document.title}
              </Link>
              <Badge>{STATUS_LABELS[document.status]}</Badge>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
