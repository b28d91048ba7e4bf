"use client";

import { STUDY_DESIGNS } from "@/lib/citations/study-designs";
import { TIER_LABELS } from "@/lib/claims/tiers";
import type { Stance } from "@/lib/generated/prisma/enums";
import type { ClaimCritique } from "@/lib/reading/claim-critique";
import { CERTAINTY, CONCERN_LABELS, DOMAIN_INFO, UPGRADE_INFO } from "@/lib/reviews/grade-labels";
import { TierBadge } from "../document/tier-badge";
import { CertaintyBadge } from "./certainty-badge";
import { Discussion } from "./discussion";
import { useCritique } from "./use-critique";

const STANCE: Record<Stance, string> = { SUPPORTS: "Supports", CONTRADICTS: "Contradicts", MENTIONS: "Mentions" };
const date = (iso: string) =>
  new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** Rich text the server rendered from validated Tiptap JSON and sanitised (lib/rich-text/render.ts). */
function ServerHtml({ html, className }: { html: string; className: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server, see above
  return <div className={`rich-text ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}

function Decision({ critique }: { critique: ClaimCritique }) {
  const { decision } = critique;
  if (!decision) {
    return (
      <section className="critique-section">
        <h3 className="critique-heading">Not decided yet</h3>
        <p>
          The editor has not decided this claim.
          {critique.suggestedTier && (
            <>
              {" "}
              The classifier suggests <strong>{TIER_LABELS[critique.suggestedTier]}</strong>; no person has reviewed
              that yet.
            </>
          )}
        </p>
      </section>
    );
  }
  return (
    <section className="critique-section critique-decision">
      <h3 className="critique-heading">Editor&apos;s decision</h3>
      <p className="flex flex-wrap items-center gap-2">
        {decision.tier ? <TierBadge tier={decision.tier} /> : <span>No tier</span>}
        <CertaintyBadge certainty={decision.certainty} />
      </p>
      {decision.noteHtml && <ServerHtml className="mt-2" html={decision.noteHtml} />}
      <p className="critique-meta">
        {decision.editor ?? "An editor"}, {date(decision.decidedAt)}
      </p>
    </section>
  );
}

function Reviews({ critique }: { critique: ClaimCritique }) {
  if (!critique.reviewsPublished) {
    return critique.decided ? (
      <p className="critique-meta">The reviewers&apos; assessments appear here once the document is published.</p>
    ) : (
      <p className="critique-meta">The reviewers&apos; assessments are published with the editor&apos;s decision.</p>
    );
  }
  if (critique.reviews.length === 0) return null;
  return (
    <section className="critique-section">
      <h3 className="critique-heading">
        What the reviewers found ({critique.reviews.length} review{critique.reviews.length === 1 ? "" : "s"})
        {critique.contested && <span className="critique-contested">Reviewers disagree</span>}
      </h3>
      <ol className="flex flex-col gap-3">
        {critique.reviews.map((review) => (
          <li key={`${review.reviewer}-${review.submittedAt}`} className="critique-review">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-semibold">{review.reviewer}</span>
              {review.certainty && (
                <span>
                  <span aria-hidden="true">{CERTAINTY[review.certainty].symbol}</span>{" "}
                  {CERTAINTY[review.certainty].label}
                  {review.downgrades.length > 0 && (
                    <sup className="critique-footnote-marks">
                      <span className="sr-only">, rated down for notes </span>
                      {review.downgrades.map((d) => d.mark).join(",")}
                    </sup>
                  )}
                </span>
              )}
              {review.tierOpinion && (
                <span className="critique-meta">tier: {TIER_LABELS[review.tierOpinion].toLowerCase()}</span>
              )}
            </p>
            {review.rationaleHtml && <ServerHtml className="critique-rationale" html={review.rationaleHtml} />}
            {(review.downgrades.length > 0 || review.upgrades.length > 0) && (
              <ul className="critique-footnotes">
                {review.downgrades.map((d) => (
                  <li key={d.mark}>
                    <sup>{d.mark}</sup> {DOMAIN_INFO[d.domain].label}: {CONCERN_LABELS[d.concern].toLowerCase()}
                  </li>
                ))}
                {review.upgrades.map((u) => (
                  <li key={u}>
                    <span aria-hidden="true">↑</span> Rated up: {UPGRADE_INFO[u].label.toLowerCase()}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Citations({ critique }: { critique: ClaimCritique }) {
  if (critique.citations.length === 0) {
    return <p className="critique-meta">No evidence has been cited for this claim yet.</p>;
  }
  return (
    <section className="critique-section">
      <h3 className="critique-heading">Evidence cited ({critique.citations.length})</h3>
      <ol className="flex flex-col gap-2">
        {critique.citations.map((c) => (
          <li key={c.id} className="critique-citation">
            <p>
              <span className="critique-stance" data-stance={c.stance}>
                {STANCE[c.stance]}
              </span>{" "}
              <span className="critique-meta">{STUDY_DESIGNS[c.studyDesign]}</span>
            </p>
            <p className="mt-1">
              {c.reference}
              {c.link && (
                <>
                  {" "}
                  <a href={c.link} rel="noopener noreferrer nofollow" className="underline">
                    Open<span className="sr-only"> the source</span>
                  </a>
                </>
              )}
            </p>
            {c.note && <p className="critique-meta mt-1">{c.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * A claim's critique in the order readers need it (lib/critique): the decided tier and certainty, then the
 * reviewers' published rationales with GRADE's domains as footnote marks, the evidence with its stance and design,
 * then the discussion.
 */
export function CritiqueDetails({ claimId, quote }: { claimId: string; quote?: boolean }) {
  const state = useCritique(claimId);
  if (state.kind === "loading") return <p className="critique-meta">Loading the critique…</p>;
  if (state.kind === "error") return <p role="alert">{state.message}</p>;
  const { critique } = state;
  return (
    <div className="flex flex-col gap-4">
      {quote && <blockquote className="critique-quote">{critique.text}</blockquote>}
      <Decision critique={critique} />
      <Reviews critique={critique} />
      <Citations critique={critique} />
      {critique.comments > 0 ? (
        <Discussion claimId={critique.id} comments={critique.comments} />
      ) : (
        <p className="critique-meta">No discussion yet.</p>
      )}
    </div>
  );
}
