import { STUDY_DESIGNS } from "@/lib/citations/study-designs";
import { TIER_LABELS } from "@/lib/claims/tiers";
import type { Stance } from "@/lib/generated/prisma/enums";
import type { Critique } from "@/lib/reading/reading-view";
import { CERTAINTY, DOMAIN_INFO } from "@/lib/reviews/grade-labels";
import { DOMAINS } from "@/lib/reviews/schemas";
import { TierBadge } from "../document/tier-badge";
import { CertaintyBadge } from "./certainty-badge";
import { Discussion } from "./discussion";

const STANCE: Record<Stance, string> = { SUPPORTS: "Supports", CONTRADICTS: "Contradicts", MENTIONS: "Mentions" };

/** One claim's critique; `id="claim-…"` makes it the target of deep links to the claim. */
export function CritiqueCard({ critique }: { critique: Critique }) {
  const { grades } = critique;
  const concerns = DOMAINS.filter((d) => grades.concerns[d].serious + grades.concerns[d].verySerious > 0);
  return (
    <details
      id={`claim-${critique.id}`}
      className="critique rounded-md border border-slate-300 p-3 dark:border-slate-700"
      data-claim-id={critique.id}
      data-tier={critique.tier ?? undefined}
      data-certainty={critique.certainty ?? undefined}
      data-contested={critique.contested ? "true" : undefined}
    >
      <summary className="cursor-pointer">
        <span className="font-semibold">Claim {critique.number}</span>{" "}
        <span className="flex flex-wrap items-center gap-2 pt-1">
          {critique.tier ? <TierBadge tier={critique.tier} /> : <span className="text-xs">No tier</span>}
          <CertaintyBadge certainty={critique.certainty} />
          {critique.contested && (
            <span className="rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-900">Reviewers disagree</span>
          )}
        </span>
      </summary>
      <div className="mt-3 flex flex-col gap-3 text-sm">
        <blockquote className="border-l-4 border-slate-300 pl-3 font-serif">{critique.text}</blockquote>

        {critique.decision ? (
          <section>
            <h4 className="font-semibold">Editor&apos;s decision</h4>
            <p>
              {critique.decision.tier ? TIER_LABELS[critique.decision.tier] : "No tier"} ·{" "}
              {critique.decision.certainty
                ? `${CERTAINTY[critique.decision.certainty].label} certainty`
                : "certainty not decided"}
            </p>
            {critique.decision.noteHtml && (
              // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered on the server from validated rich text and sanitised (lib/rich-text/render.ts)
              <div className="rich-text" dangerouslySetInnerHTML={{ __html: critique.decision.noteHtml }} />
            )}
          </section>
        ) : (
          <p className="text-slate-700 dark:text-slate-300">
            No editorial decision yet{grades.reviews ? ": showing the reviewers' grades." : "."}
          </p>
        )}

        {grades.reviews > 0 && (
          <section>
            <h4 className="font-semibold">
              Reviewers&apos; grades ({grades.reviews} review{grades.reviews === 1 ? "" : "s"})
            </h4>
            <ul>
              {Object.entries(grades.certainties).map(([level, count]) => (
                <li key={level}>
                  <span aria-hidden="true">{CERTAINTY[level as keyof typeof CERTAINTY].symbol}</span>{" "}
                  {CERTAINTY[level as keyof typeof CERTAINTY].label}: {count}
                </li>
              ))}
            </ul>
            {concerns.length > 0 ? (
              <p className="mt-1">
                Rated down for:{" "}
                {concerns
                  .map((d) => {
                    const { serious, verySerious } = grades.concerns[d];
                    return `${DOMAIN_INFO[d].label.toLowerCase()} (${[serious && `${serious} serious`, verySerious && `${verySerious} very serious`].filter(Boolean).join(", ")})`;
                  })
                  .join("; ")}
              </p>
            ) : (
              <p className="mt-1">No reviewer rated it down.</p>
            )}
          </section>
        )}

        {critique.citations.length > 0 && (
          <section>
            <h4 className="font-semibold">Evidence cited</h4>
            <ol className="list-decimal pl-5">
              {critique.citations.map((c) => (
                <li key={c.id}>
                  <strong>{STANCE[c.stance]}</strong> the claim ({STUDY_DESIGNS[c.studyDesign].toLowerCase()}):{" "}
                  {c.reference}
                  {c.note && <> — {c.note}</>}
                </li>
              ))}
            </ol>
          </section>
        )}

        {critique.comments > 0 && <Discussion claimId={critique.id} comments={critique.comments} />}
      </div>
    </details>
  );
}
