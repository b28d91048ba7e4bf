import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TierBadge } from "@/components/document/tier-badge";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { CritiqueCard } from "@/components/reading/critique-card";
import { Legend } from "@/components/reading/legend";
import { ReadingControls } from "@/components/reading/reading-controls";
import { Badge } from "@/components/ui/badge";
import { can } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { TIERS } from "@/lib/claims/tiers";
import { documentSlugSchema } from "@/lib/documents/schemas";
import { loadPageData } from "@/lib/errors/load";
import { getReadingView } from "@/lib/reading/reading-view";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  if (!documentSlugSchema.safeParse(slug).success) notFound();
  const actor = await currentActor();
  return { actor, result: await loadPageData(() => getReadingView(actor, slug)) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { result } = await load((await params).slug);
  return { title: result.ok ? result.data.title : "Unavailable" };
}

export default async function DocumentPage({ params }: Props) {
  const { actor, result } = await load((await params).slug);
  if (!result.ok) return <DatabaseUnavailable />;
  const document = result.data;
  const counts = Object.fromEntries(TIERS.map((t) => [t, document.critiques.filter((c) => c.tier === t).length]));
  return (
    <div id="reading" className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <article>
        <header className="mb-8 border-b border-slate-200 pb-6 dark:border-slate-800">
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{document.title}</h1>
          <p className="mt-3 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
            {document.status !== "PUBLISHED" && <Badge>{document.status === "DRAFT" ? "Draft" : "In review"}</Badge>}
            <span>Revision {document.revisionNumber}</span>
            {document.sourceUrl && (
              <>
                <span aria-hidden="true">·</span>
                <a href={document.sourceUrl} rel="noopener noreferrer nofollow" className="underline">
                  Original article
                </a>
              </>
            )}
            {can(actor, "reviews.write") && (
              <>
                <span aria-hidden="true">·</span>
                <Link href={`/documents/${document.slug}/review`} className="underline">
                  Review claims
                </Link>
              </>
            )}
            {can(actor, "claims.edit") && (
              <>
                <span aria-hidden="true">·</span>
                <Link href={`/documents/${document.slug}/claims`} className="underline">
                  Edit claims
                </Link>
              </>
            )}
          </p>
          <ul className="mt-4 flex flex-wrap gap-2" aria-label="Claims by evidence tier">
            {TIERS.map((tier) => (
              <li key={tier}>
                <TierBadge tier={tier} count={counts[tier]} />
              </li>
            ))}
          </ul>
        </header>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: rendered on the server from validated rich text and sanitised (lib/rich-text/render.ts) */}
        <div className="prose-article" dangerouslySetInnerHTML={{ __html: document.bodyHtml }} />
      </article>
      <aside
        aria-labelledby="critiques-heading"
        className="flex flex-col gap-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto"
      >
        <h2 id="critiques-heading" className="text-xl font-semibold">
          Critiques
        </h2>
        <ReadingControls containerId="reading" total={document.critiques.length} />
        <Legend />
        <ol className="flex flex-col gap-3">
          {document.critiques.map((critique) => (
            <li key={critique.id}>
              <CritiqueCard critique={critique} />
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}
