import type { Metadata } from "next";
import Link from "next/link";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { Alert } from "@/components/ui/alert";
import { currentActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { loadPageData } from "@/lib/errors/load";
import { search } from "@/lib/search/search";

export const metadata: Metadata = { title: "Search" };

const KIND = { claim: "Claim", comment: "Discussion", citation: "Citation" } as const;

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const q = typeof raw === "string" ? raw : "";
  const actor = await currentActor();
  let problem: string | null = null;
  const result = q
    ? await loadPageData(() =>
        search(actor, { q }).catch((error: unknown) => {
          if (error instanceof AppError && error.code === "INVALID") {
            problem = error.message;
            return [];
          }
          throw error;
        }),
      )
    : null;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight">Search claims, critiques and citations</h1>
      <search>
        <form action="/search" className="mt-4 flex gap-2">
          <label htmlFor="search-page-q" className="sr-only">
            Search
          </label>
          <input
            id="search-page-q"
            name="q"
            defaultValue={q}
            className="flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 dark:bg-slate-900"
            placeholder='e.g. hippocampus, "animal models", -mice'
          />
          <button type="submit" className="rounded-md bg-blue-700 px-4 py-2 text-white">
            Search
          </button>
        </form>
      </search>
      {problem && (
        <div className="mt-4">
          <Alert tone="error">{problem}</Alert>
        </div>
      )}
      {result && !result.ok && (
        <div className="mt-4">
          <DatabaseUnavailable />
        </div>
      )}
      {result?.ok && !problem && (
        <section aria-labelledby="results-heading" className="mt-6">
          <h2 id="results-heading" className="text-lg font-semibold">
            {result.data.length === 0
              ? `Nothing found for “${q}”`
              : `${result.data.length} result${result.data.length === 1 ? "" : "s"} for “${q}”`}
          </h2>
          <ol className="mt-3 flex flex-col gap-4">
            {result.data.map((hit) => (
              <li key={`${hit.kind}-${hit.id}`}>
                <Link
                  href={`/documents/${hit.slug}${hit.public ? "" : "/private"}#claim-${hit.claimId}`}
                  className="font-medium text-blue-700 underline dark:text-blue-300"
                >
                  {hit.title}
                </Link>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {KIND[hit.kind]} in {hit.documentTitle}
                </p>
                <p className="mt-1 text-sm">
                  {hit.snippet.map((piece, i) =>
                    // biome-ignore lint/suspicious/noArrayIndexKey: the pieces are fixed for the hit and never reorder
                    piece.marked ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
                  )}
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
