import { TierBadge } from "@/components/document/tier-badge";
import { LiveRefresh } from "@/components/live/live-refresh";
import { Badge } from "@/components/ui/badge";
import { TIERS } from "@/lib/claims/tiers";
import { evidenceMap } from "@/lib/reading/evidence-map";
import type { ReadingView } from "@/lib/reading/reading-view";
import { ArticleRest } from "./article-rest";
import { CritiqueMargin } from "./critique-margin";
import { DocumentActions } from "./document-actions";
import { EvidenceMap } from "./evidence-map";
import { ExportMenu } from "./export-menu";
import { Legend } from "./legend";
import { ReadingControls } from "./reading-controls";

const ARTICLE_ID = "article-body";

/**
 * The article with every claim marked and its critique beside it: in the margin level with the sentence on wide
 * screens, in a bottom sheet on phones (components/reading/critique-margin.tsx). The page carries each claim's
 * one-line summary on its mark; critiques load when opened, so the page is the same for every reader (cacheable)
 * and grows with the text, not with the reviews. A long article's text after its first part loads as the reader
 * nears it (components/reading/article-rest.tsx).
 */
export function ReadingPage({ document }: { document: ReadingView }) {
  const counts = Object.fromEntries(TIERS.map((t) => [t, document.critiques.filter((c) => c.tier === t).length]));
  const total = document.critiques.length;
  return (
    <div id="reading" className="reading">
      <LiveRefresh documentId={document.id} />
      <a href="#claim-filters" className="skip-link">
        Skip to the claim filters
      </a>
      <header className="reading-header">
        <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{document.title}</h1>
        <p className="mt-3 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
          {document.status !== "PUBLISHED" && <Badge>{document.status === "DRAFT" ? "Draft" : "In review"}</Badge>}
          {document.visibility === "MEMBERS" && <Badge>Members only</Badge>}
          {document.archivedAt && <Badge>Archived</Badge>}
          <span>
            {total} claim{total === 1 ? "" : "s"} · revision {document.revisionNumber}
          </span>
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
      <div className="reading-toolbar print:hidden">
        <ReadingControls articleId={ARTICLE_ID} total={total} />
        <div className="reading-tools">
          <Legend />
          <EvidenceMap map={evidenceMap(document.critiques)} />
          <ExportMenu documentId={document.id} />
        </div>
        <p className="reading-hint">
          Select a highlighted sentence to read its critique. Keys: <kbd>n</kbd> / <kbd>p</kbd> next and previous claim,{" "}
          <kbd>Enter</kbd> open, <kbd>Esc</kbd> close.
        </p>
      </div>
      <div className="reading-columns">
        <div>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: rendered on the server from validated rich text and sanitised (lib/rich-text/render.ts) */}
          <article id={ARTICLE_ID} className="prose-article" dangerouslySetInnerHTML={{ __html: document.bodyHtml }} />
          {document.restBlocks > 0 && <ArticleRest articleId={ARTICLE_ID} documentId={document.id} />}
        </div>
        <aside aria-label="Critiques" className="critique-rail print:hidden">
          <CritiqueMargin articleId={ARTICLE_ID} />
        </aside>
      </div>
    </div>
  );
}
