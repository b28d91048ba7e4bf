"use client";

import { useEffect, useState } from "react";
import { TIER_LABELS, TIERS } from "@/lib/claims/tiers";
import type { Certainty, ClaimTier } from "@/lib/generated/prisma/enums";
import { CERTAINTY } from "@/lib/reviews/grade-labels";
import { ARTICLE_GREW_EVENT, FILTER_EVENT, MARK_SELECTOR, NEED_REST_EVENT } from "./claim-marks";

type Filter = { tiers: (ClaimTier | "NONE")[]; certainty: Certainty | "any" | "none"; contested: boolean };

const matches = (el: HTMLElement, filter: Filter) =>
  (filter.tiers.length === 0 || filter.tiers.includes((el.dataset.tier ?? "NONE") as ClaimTier)) &&
  (filter.certainty === "any" ||
    (filter.certainty === "none" ? !el.dataset.certainty : el.dataset.certainty === filter.certainty)) &&
  (!filter.contested || el.dataset.contested === "true");

/**
 * The filters over the claims: filtered-out claims lose their highlight, and the margin hides their critiques
 * (it listens for FILTER_EVENT on the article). The evidence map's cells link here as #filter=TIER:CERTAINTY.
 */
export function ReadingControls({ articleId, total }: { articleId: string; total: number }) {
  const [filter, setFilter] = useState<Filter>({ tiers: [], certainty: "any", contested: false });
  const [shown, setShown] = useState(total);

  useEffect(() => {
    const onHash = () => {
      const cell = location.hash.match(/^#filter=([A-Z_]+):([A-Z_]+)$/);
      if (!cell) return;
      const [, tier, certainty] = cell;
      setFilter({
        tiers: [tier as ClaimTier | "NONE"],
        certainty: certainty === "NONE" ? "none" : (certainty as Certainty),
        contested: false,
      });
    };
    window.addEventListener("hashchange", onHash);
    onHash();
    return () => window.removeEventListener("hashchange", onHash);
  }, []);

  useEffect(() => {
    const article = document.getElementById(articleId);
    if (!article) return;
    const apply = () => {
      const hidden = new Set<string>();
      for (const mark of article.querySelectorAll<HTMLElement>(MARK_SELECTOR)) {
        const visible = matches(mark, filter);
        mark.classList.toggle("claim-dimmed", !visible);
        if (!visible) hidden.add(mark.dataset.claimId!);
      }
      article.dispatchEvent(new CustomEvent(FILTER_EVENT, { detail: [...hidden] }));
      setShown(total - hidden.size);
    };
    apply();
    // A filter counts every claim: the rest of a long article is needed, and filtered as it arrives.
    if (filter.tiers.length > 0 || filter.certainty !== "any" || filter.contested) {
      article.dispatchEvent(new Event(NEED_REST_EVENT));
    }
    article.addEventListener(ARTICLE_GREW_EVENT, apply);
    return () => article.removeEventListener(ARTICLE_GREW_EVENT, apply);
  }, [articleId, filter, total]);

  const toggleTier = (tier: ClaimTier) =>
    setFilter((f) => ({
      ...f,
      tiers: f.tiers.includes(tier) ? f.tiers.filter((t) => t !== tier) : [...f.tiers, tier],
    }));

  return (
    <form id="claim-filters" tabIndex={-1} className="reading-filters print:hidden" aria-label="Filter claims">
      <fieldset className="flex flex-wrap gap-3">
        <legend className="font-semibold">Evidence tier</legend>
        {TIERS.map((tier) => (
          <label key={tier} className="flex items-center gap-1">
            <input type="checkbox" checked={filter.tiers.includes(tier)} onChange={() => toggleTier(tier)} />{" "}
            {TIER_LABELS[tier]}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2">
          <span className="font-semibold">Certainty</span>
          <select
            value={filter.certainty}
            onChange={(e) => setFilter((f) => ({ ...f, certainty: e.target.value as Filter["certainty"] }))}
            className="rounded border border-slate-400 bg-white px-2 py-1 dark:bg-slate-900"
          >
            <option value="any">Any</option>
            {(Object.keys(CERTAINTY) as Certainty[]).map((c) => (
              <option key={c} value={c}>
                {CERTAINTY[c].label}
              </option>
            ))}
            <option value="none">Not graded yet</option>
          </select>
        </label>
        <label className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={filter.contested}
            onChange={(e) => setFilter((f) => ({ ...f, contested: e.target.checked }))}
          />{" "}
          Only contested claims
        </label>
      </div>
      <p role="status" aria-live="polite" data-testid="filter-count">
        Showing {shown} of {total} claims
      </p>
    </form>
  );
}
