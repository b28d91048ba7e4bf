import { TierBadge } from "@/components/document/tier-badge";
import { Badge } from "@/components/ui/badge";
import { TIERS } from "@/lib/claims/tiers";
import { evidenceMap } from "@/lib/reading/evidence-map";
import type { ReadingView } from "@/lib/reading/reading-view";
import { CritiqueCard } from "./critique-card";
import { DocumentActions } from "./document-actions";
import { EvidenceMap } from "./evidence-map";
import { ExportMenu } from "./export-menu";
import { Legend } from "./legend";
import { ReadingControls } from "./reading-controls";

/** The article with its claims highlighted and their critiques in the margin (a stack below it on phones). */
export function ReadingPage({ document }: { document: ReadingView }) {
  const counts = Object.fromEntries(TIERS.map((t) => [t, document.critiques.filter((c) => c.tier === t).length]));
  return (
    <div id="reading" className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <article>
        <header className="mb-8 border-b border-slate-200 pb-6 dark:border-slate-800">
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{document.title}</h1>
          <p className="mt-3 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
            {document.status !== "PUBLISHED" && <Badge>{document.status === "DRAFT" ? "Draft" : "In review"}</Badge>}
            {document.visibility === "MEMBERS" && <Badge>Members only</Badge>}
            <span>Revision {document.revisionNumber}</span>
            {document.sourceUrl && (
              <>
                <span aria-hidden="true">·</span>
                <a href={document.sourceUrl} rel="noopener noreferrer nofollow" className="underline">
                  Original article
                </a>
              </>
            )}
            <DocumentActions slug={document.slug} />
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
        <ExportMenu documentId={document.id} />
        <Legend />
        <EvidenceMap map={evidenceMap(document.critiques)} />
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
