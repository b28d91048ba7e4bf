"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ClaimDto } from "@/lib/claims/claim-dto";
import { TIER_LABELS } from "@/lib/claims/tiers";

/** Confidence from which a suggestion counts as confident (the "select confident" shortcut). */
const CONFIDENT = 0.8;

export const percent = (confidence: number | null) => `${Math.round((confidence ?? 0) * 100)} %`;

/**
 * The claims no person has tagged yet, least confident suggestion first, so the editor's attention goes where the
 * model is unsure; suggestions can be accepted one by one or in bulk (each accepted claim is audited).
 */
export function SuggestionReview({
  claims,
  pending,
  onSelect,
  onAccept,
}: {
  claims: ClaimDto[];
  pending: boolean;
  onSelect: (id: string) => void;
  onAccept: (claims: ClaimDto[]) => void;
}) {
  const unreviewed = claims
    .filter((c) => c.tierSource !== "PERSON" && c.anchorStatus !== "ORPHANED")
    .sort((a, b) => (a.confidence ?? 0) - (b.confidence ?? 0));
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  if (unreviewed.length === 0) return null;
  const acceptable = unreviewed.filter((c) => c.suggestedTier);
  const toggle = (id: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const picked = acceptable.filter((c) => chosen.has(c.id));

  return (
    <section
      aria-labelledby="suggestions-heading"
      className="rounded-md border border-slate-300 p-4 dark:border-slate-700"
    >
      <h2 id="suggestions-heading" className="font-semibold">
        Suggestions to review ({unreviewed.length}), least confident first
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        A suggestion is not a tier until an editor accepts it or sets another; readers see no tier before that.
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() =>
            setChosen(new Set(acceptable.filter((c) => (c.confidence ?? 0) >= CONFIDENT).map((c) => c.id)))
          }
        >
          Select confident ({percent(CONFIDENT)} or more)
        </Button>
        <Button disabled={pending || picked.length === 0} onClick={() => onAccept(picked)}>
          Accept {picked.length} selected suggestion{picked.length === 1 ? "" : "s"}
        </Button>
      </div>
      <ul className="mt-3 flex max-h-96 flex-col gap-2 overflow-y-auto text-sm" data-testid="suggestion-list">
        {unreviewed.map((claim) => (
          <li key={claim.id} className="flex items-start gap-2" data-confidence={claim.confidence ?? 0}>
            <input
              type="checkbox"
              aria-label={`Accept the suggestion for claim ${claim.position + 1}`}
              className="mt-1"
              disabled={!claim.suggestedTier}
              checked={chosen.has(claim.id)}
              onChange={() => toggle(claim.id)}
            />
            <div className="min-w-0 flex-1">
              <span className="font-semibold">
                {claim.suggestedTier ? `Suggested: ${TIER_LABELS[claim.suggestedTier]}` : "No tier suggested"} ·{" "}
                {percent(claim.confidence)}
              </span>{" "}
              <button type="button" className="text-left underline" onClick={() => onSelect(claim.id)}>
                {claim.text}
              </button>
              {claim.cues.length > 0 && (
                <span className="block text-xs text-slate-600 dark:text-slate-400">
                  because {claim.cues.join("; ")}
                </span>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
