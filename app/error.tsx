"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
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
