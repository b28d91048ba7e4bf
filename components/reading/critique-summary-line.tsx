import { CircleCheck, CircleDashed, FileText, MessageSquare } from "lucide-react";
import { TIER_LABELS } from "@/lib/claims/tiers";
import { CERTAINTY } from "@/lib/reviews/grade-labels";
import { TIER_ICONS } from "../document/tier-badge";
import type { ClaimSummary } from "./claim-marks";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * A critique collapsed to one line: tier icon and label, certainty in GRADE notation, whether the editor decided,
 * how many sources and comments. Every symbol has its words for screen readers.
 */
export function CritiqueSummaryLine({ claim, numbered = true }: { claim: ClaimSummary; numbered?: boolean }) {
  const Icon = claim.tier ? TIER_ICONS[claim.tier] : null;
  return (
    <span className="critique-line">
      {numbered && (
        <>
          <span className="critique-line-number" aria-hidden="true">
            {claim.number}
          </span>
          <span className="sr-only">Claim {claim.number}: </span>
        </>
      )}
      <span className="critique-line-tier" data-tier={claim.tier ?? undefined}>
        {Icon ? <Icon aria-hidden="true" size={14} /> : <CircleDashed aria-hidden="true" size={14} />}
        {claim.tier ? TIER_LABELS[claim.tier] : claim.suggestedTier ? "Suggested" : "No tier yet"}
        {!claim.tier && claim.suggestedTier && (
          <span className="sr-only"> tier: {TIER_LABELS[claim.suggestedTier]}, not yet reviewed</span>
        )}
      </span>
      {claim.certainty ? (
        <span className="critique-line-certainty" title={`${CERTAINTY[claim.certainty].label} certainty`}>
          <span aria-hidden="true">{CERTAINTY[claim.certainty].symbol}</span>
          <span className="sr-only">, {CERTAINTY[claim.certainty].label} certainty</span>
        </span>
      ) : (
        <span className="sr-only">, certainty not decided</span>
      )}
      {claim.decided ? (
        <span className="critique-line-decided" title="The editor has decided">
          <CircleCheck aria-hidden="true" size={14} />
          <span className="sr-only">, decided</span>
        </span>
      ) : (
        <span className="sr-only">, awaiting the editor&apos;s decision</span>
      )}
      <span className="critique-line-count ml-auto" title={plural(claim.citations, "source")}>
        <FileText aria-hidden="true" size={13} />
        {claim.citations}
        <span className="sr-only"> {claim.citations === 1 ? "source" : "sources"}</span>
      </span>
      {claim.comments > 0 && (
        <span className="critique-line-count" title={plural(claim.comments, "comment")}>
          <MessageSquare aria-hidden="true" size={13} />
          {claim.comments}
          <span className="sr-only"> {claim.comments === 1 ? "comment" : "comments"}</span>
        </span>
      )}
    </span>
  );
}
