import Link from "next/link";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { MyWorkSection } from "@/components/work/my-work-section";
import { can } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { listArchivedDocuments, listDocuments } from "@/lib/documents/list-documents";
import { loadPageData } from "@/lib/errors/load";

const STATUS_LABELS = { DRAFT: "Draft", IN_REVIEW: "In review", PUBLISHED: "Published" } as const;

export default async function HomePage() {
  const actor = await currentActor();
  const result = await loadPageData(() => listDocuments(actor));
  // Archived documents are kept for editors only: listed apart, each with its management page.
  const archived = can(actor, "documents.archive") ? await loadPageData(() => listArchivedDocuments(actor)) : null;
  return (
    <div className="flex flex-col gap-8">
      <section>
        <h1 className="text-3xl font-bold tracking-tight">Evidence, claim by claim</h1>
        <p className="mt-2 max-w-2xl text-slate-700 dark:text-slate-300">
          Health and science articles split into their claims. Each claim is tagged as preclinical, early human trial or
          speculative, and reviewers grade the evidence behind it.
        </p>
      </section>
      {can(actor, "work.read") && <MyWorkSection actor={actor} />}
      <section aria-labelledby="documents-heading">
        <div className="flex items-center justify-between gap-4">
          <h2 id="documents-heading" className="text-xl font-semibold">
            Documents
          </h2>
          {can(actor, "documents.import") && (
            <Link href="/documents/new" className={buttonClass("primary")}>
              Import a document
            </Link>
          )}
        </div>
        {!result.ok ? (
          <div className="mt-4">
            <DatabaseUnavailable />
          </div>
        ) : result.data.length === 0 ? (
          <p className="mt-4 text-slate-700 dark:text-slate-300">No documents have been published yet.</p>
        ) : (
          <ul className="mt-4 divide-y divide-slate-200 dark:divide-slate-800">
            {result.data.map((document) => (
              <li key={document.id} className="flex flex-wrap items-center justify-between gap-2 py-4">
                <Link
                  href={`/documents/${document.slug}`}
                  className="text-lg font-medium text-blue-700 hover:underline dark:text-blue-300"
                >
                  {document.title}
                </Link>
                <span className="flex gap-2">
                  {document.status !== "PUBLISHED" && <Badge>{STATUS_LABELS[document.status]}</Badge>}
                  {document.visibility === "MEMBERS" && <Badge>Members only</Badge>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {archived?.ok && archived.data.length > 0 && (
        <section aria-labelledby="archived-heading">
          <h2 id="archived-heading" className="text-xl font-semibold">
            Archived
          </h2>
          <ul className="mt-4 divide-y divide-slate-200 dark:divide-slate-800">
            {archived.data.map((document) => (
              <li key={document.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <Link
                  href={`/documents/${document.slug}/manage`}
                  className="text-blue-700 hover:underline dark:text-blue-300"
                >
                  {document.title}
                </Link>
                <Badge>Archived</Badge>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
