"use client";

import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { Button } from "@/components/ui/button";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/errors/unavailable-digest";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  if (error.digest === DATABASE_UNAVAILABLE_DIGEST)
    return (
      <div className="flex flex-col items-start gap-4">
        <DatabaseUnavailable />
        <Button onClick={() => window.location.reload()}>Try again</Button>
      </div>
    );
  return (
    <div className="mx-auto max-w-xl text-center" role="alert">
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        An unexpected error stopped this page. Nothing you saved is lost. Try again, and if it keeps happening tell the
        site&apos;s operators{error.digest ? ` (reference ${error.digest})` : ""}.
      </p>
      <div className="mt-6">
        <Button onClick={reset}>Try again</Button>
      </div>
    </div>
  );
}
