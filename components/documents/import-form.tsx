"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { importDocumentAction } from "@/lib/documents/actions";

const selectClass = "rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900";

export function ImportForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Submitted by hand so that a failed import keeps everything typed or pasted in the form.
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    startTransition(async () => {
      const result = await importDocumentAction(form);
      if (result.ok) router.push(`/documents/${result.data.slug}/claims`);
      else setError(result.message);
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" aria-busy={pending}>
      {error && <Alert tone="error">{error}</Alert>}
      <Field id="title" name="title" label="Title (optional: taken from the first heading)" maxLength={300} />
      <div className="flex flex-col gap-1">
        <label htmlFor="file" className="text-sm font-medium">
          File
        </label>
        <input
          id="file"
          name="file"
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="content" className="text-sm font-medium">
          …or paste the text
        </label>
        <textarea id="content" name="content" rows={10} className={`${selectClass} font-mono text-sm`} />
        <label htmlFor="format" className="mt-2 text-sm font-medium">
          Pasted text is
        </label>
        <select id="format" name="format" defaultValue="txt" className={selectClass}>
          <option value="txt">Plain text</option>
          <option value="md">Markdown</option>
          <option value="html">HTML</option>
        </select>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="visibility" className="text-sm font-medium">
            Who can read it once published
          </label>
          <select id="visibility" name="visibility" defaultValue="PUBLIC" className={selectClass}>
            <option value="PUBLIC">Everyone</option>
            <option value="MEMBERS">Signed-in members</option>
          </select>
        </div>
        <p className="text-sm sm:self-end">
          It starts as a draft: publish it from its page once its claims are decided.
        </p>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Importing and splitting into claims…" : "Import"}
      </Button>
      {pending && (
        <p role="status" className="text-sm">
          Importing: reading the text, finding its sentences and suggesting tiers.
        </p>
      )}
    </form>
  );
}
