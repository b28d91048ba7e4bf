"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import {
  archiveDocumentAction,
  deleteDocumentAction,
  restoreDocumentAction,
  uploadRevisionAction,
} from "@/lib/documents/actions";
import type { RevisionResult } from "@/lib/documents/add-revision";
import type { ManageView } from "@/lib/documents/manage-view";

const sectionClass = "mt-8 rounded-md border border-slate-200 p-4 dark:border-slate-700";
const inputClass = "rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900";

/** The editor's page for one document: a new revision (with what happened to its claims), archive, delete. */
export function ManageDocument({ document }: { document: ManageView }) {
  const archived = document.archivedAt !== null;
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        <Link href={`/documents/${document.slug}/private`} className="underline">
          {document.title}
        </Link>{" "}
        · revision {document.revisionNumber}
      </p>
      <h1 className="flex items-center gap-3 text-2xl font-bold tracking-tight">
        Manage document {archived && <Badge>Archived</Badge>}
      </h1>
      {!archived && <RevisionUpload document={document} />}
      <ArchiveSection document={document} />
      <DeleteSection document={document} />
    </div>
  );
}

function RevisionUpload({ document }: { document: ManageView }) {
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<RevisionResult | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("documentId", document.id);
    setError(null);
    startTransition(async () => {
      const result = await uploadRevisionAction(form);
      if (result.ok) setSummary(result.data);
      else setError(result.message);
    });
  }

  return (
    <section aria-labelledby="revision-heading" className={sectionClass}>
      <h2 id="revision-heading" className="text-lg font-semibold">
        Upload a new revision
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        A changed version of the article (.txt, .md or .html, up to 2 MB). Its claims are found again in the new text;
        reworded ones keep their reviews but are marked as changed, and claims whose sentence is gone are orphaned.
      </p>
      <form onSubmit={onSubmit} className="mt-4 flex flex-col gap-3" aria-busy={pending}>
        {error && <Alert tone="error">{error}</Alert>}
        <div className="flex flex-col gap-1">
          <label htmlFor="revision-file" className="text-sm font-medium">
            File
          </label>
          <input
            id="revision-file"
            name="file"
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="revision-content" className="text-sm font-medium">
            …or paste the text
          </label>
          <textarea id="revision-content" name="content" rows={6} className={`${inputClass} font-mono text-sm`} />
          <label htmlFor="revision-format" className="mt-2 text-sm font-medium">
            Pasted text is
          </label>
          <select id="revision-format" name="format" defaultValue="txt" className={inputClass}>
            <option value="txt">Plain text</option>
            <option value="md">Markdown</option>
            <option value="html">HTML</option>
          </select>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Uploading and re-anchoring the claims…" : "Upload revision"}
        </Button>
      </form>
      {summary && <RevisionSummary slug={document.slug} summary={summary} />}
    </section>
  );
}

function RevisionSummary({ slug, summary }: { slug: string; summary: RevisionResult }) {
  const claimLink = (id: string) => `/documents/${slug}/claims#claim-${id}`;
  const list = (title: string, claims: RevisionResult["changedClaims"]) =>
    claims.length > 0 && (
      <>
        <h4 className="mt-3 font-medium">{title}</h4>
        <ul className="ml-5 list-disc">
          {claims.map((claim) => (
            <li key={claim.id}>
              <Link href={claimLink(claim.id)} className="underline">
                {claim.text.length > 140 ? `${claim.text.slice(0, 140)}…` : claim.text}
              </Link>
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <div role="status" aria-labelledby="revision-summary-heading" className="mt-4 text-sm">
      <h3 id="revision-summary-heading" className="font-semibold">
        Revision {summary.number} uploaded
      </h3>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1" aria-label="What happened to the claims">
        <li>
          <strong>{summary.anchored}</strong> kept
        </li>
        <li>
          <strong>{summary.fuzzy}</strong> changed
        </li>
        <li>
          <strong>{summary.orphaned}</strong> orphaned
        </li>
        <li>
          <strong>{summary.added}</strong> new
        </li>
      </ul>
      {list("Changed: check their grades", summary.changedClaims)}
      {list("Orphaned: no longer in the text", summary.orphanedClaims)}
      <p className="mt-3">
        <Link href={`/documents/${slug}/claims`} className="underline">
          Open the claim editor
        </Link>
      </p>
    </div>
  );
}

function ArchiveSection({ document }: { document: ManageView }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const archived = document.archivedAt !== null;

  function toggle() {
    setError(null);
    startTransition(async () => {
      const action = archived ? restoreDocumentAction : archiveDocumentAction;
      const result = await action({ documentId: document.id, version: document.version });
      if (result.ok) router.refresh();
      else setError(result.message);
    });
  }

  return (
    <section aria-labelledby="archive-heading" className={sectionClass}>
      <h2 id="archive-heading" className="text-lg font-semibold">
        {archived ? "Archived" : "Archive"}
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {archived
          ? `Archived on ${new Date(document.archivedAt!).toLocaleDateString("en-GB", { dateStyle: "long" })}: only editors can see it. Restoring gives it back to its readers as it was.`
          : "An archived document keeps everything on it but disappears for readers, reviewers, search and exports. Editors find it under “Archived” on the home page and can restore it."}
      </p>
      {error && (
        <div className="mt-3">
          <Alert tone="error">{error}</Alert>
        </div>
      )}
      <Button variant="secondary" className="mt-3" onClick={toggle} disabled={pending}>
        {archived ? "Restore" : "Archive"}
      </Button>
    </section>
  );
}

function DeleteSection({ document }: { document: ManageView }) {
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      const result = await deleteDocumentAction({ documentId: document.id, title: typed });
      if (result.ok) setDeleted(result.data.backupFile);
      else setError(result.message);
    });
  }

  if (deleted)
    return (
      <section className={sectionClass}>
        <Alert title="Document deleted">
          A backup was written first: <code>{deleted}</code> in the server's backup directory (
          <code>npm run restore -- &lt;file&gt;</code> brings it back). <Link href="/">Back to the documents</Link>
        </Alert>
      </section>
    );
  return (
    <section aria-labelledby="delete-heading" className={sectionClass}>
      <h2 id="delete-heading" className="text-lg font-semibold">
        Delete
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Deletes the document with its revisions, claims, reviews, citations, comments and decisions. A complete backup
        is written first.
      </p>
      {!confirming ? (
        <Button variant="secondary" className="mt-3" onClick={() => setConfirming(true)}>
          Delete…
        </Button>
      ) : (
        <form onSubmit={onSubmit} className="mt-3 flex flex-col gap-3" aria-busy={pending}>
          {error && <Alert tone="error">{error}</Alert>}
          <p className="text-sm">
            Delete <strong>{document.title}</strong>? Type its title to confirm.
          </p>
          <Field
            id="delete-title"
            label="Title of the document"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
          />
          <div className="flex gap-3">
            <Button
              type="submit"
              className="bg-red-700 hover:bg-red-800"
              disabled={pending || typed.trim() !== document.title.trim()}
            >
              Delete for good
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
