"use client";

import { useEffect, useState } from "react";
import { TIER_LABELS, TIERS } from "@/lib/claims/tiers";
import type { Certainty, ClaimTier } from "@/lib/generated/prisma/enums";
import { CERTAINTY } from "@/lib/reviews/grade-labels";

type Filter = { tiers: (ClaimTier | "NONE")[]; certainty: Certainty | "any" | "none"; contested: boolean };

const matches = (el: HTMLElement, filter: Filter) =>
  (filter.tiers.length === 0 || filter.tiers.includes((el.dataset.tier ?? "NONE") as ClaimTier)) &&
  (filter.certainty === "any" ||
    (filter.certainty === "none" ? !el.dataset.certainty : el.dataset.certainty === filter.certainty)) &&
  (!filter.contested || el.dataset.contested === "true");

/** Opens a claim's critique, brings it into view and moves the focus there. */
function openCritique(claimId: string, focus: boolean) {
  const card = document.getElementById(`claim-${claimId}`);
  if (!(card instanceof HTMLDetailsElement)) return;
  card.open = true;
  card.scrollIntoView({ block: "nearest" });
  if (focus) card.querySelector("summary")?.focus();
}

/**
 * The reading page's only script (no editor code): filters, and claims in the text that open their critique by
 * click, tap or keyboard. The article works without it: critiques are plain disclosure elements.
 */
export function ReadingControls({ containerId, total }: { containerId: string; total: number }) {
  const [filter, setFilter] = useState<Filter>({ tiers: [], certainty: "any", contested: false });
  const [shown, setShown] = useState(total);

  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    const marks = [...container.querySelectorAll<HTMLElement>("mark.claim[data-claim-id]")];
    for (const mark of marks) {
      mark.tabIndex = 0;
      mark.setAttribute("role", "button");
      mark.setAttribute("aria-controls", `claim-${mark.dataset.claimId}`);
    }
    const activate = (event: Event) => {
      const mark = (event.target as HTMLElement).closest<HTMLElement>("mark.claim[data-claim-id]");
      if (!mark) return;
      if (event instanceof KeyboardEvent && event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      history.replaceState(null, "", `#claim-${mark.dataset.claimId}`);
      openCritique(mark.dataset.claimId!, true);
    };
    const onHash = () => {
      const id = location.hash.match(/^#claim-(.+)$/)?.[1];
      if (id) openCritique(decodeURIComponent(id), false);
      // The evidence map's cells link to #filter=TIER:CERTAINTY.
      const cell = location.hash.match(/^#filter=([A-Z_]+):([A-Z_]+)$/);
      if (cell) {
        const [, tier, certainty] = cell;
        setFilter({
          tiers: [tier as ClaimTier | "NONE"],
          certainty: certainty === "NONE" ? "none" : (certainty as Certainty),
          contested: false,
        });
      }
    };
    container.addEventListener("click", activate);
    container.addEventListener("keydown", activate);
    window.addEventListener("hashchange", onHash);
    onHash();
    return () => {
      container.removeEventListener("click", activate);
      container.removeEventListener("keydown", activate);
      window.removeEventListener("hashchange", onHash);
    };
  }, [containerId]);

  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    let count = 0;
    for (const card of container.querySelectorAll<HTMLElement>("details.critique")) {
      const visible = matches(card, filter);
      card.hidden = !visible;
      if (visible) count++;
    }
    for (const mark of container.querySelectorAll<HTMLElement>("mark.claim[data-claim-id]")) {
      mark.classList.toggle("claim-dimmed", !matches(mark, filter));
    }
    setShown(count);
  }, [containerId, filter]);

  const toggleTier = (tier: ClaimTier) =>
    setFilter((f) => ({
      ...f,
      tiers: f.tiers.includes(tier) ? f.tiers.filter((t) => t !== tier) : [...f.tiers, tier],
    }));

  return (
    <form
      className="flex flex-col gap-3 rounded-md border border-slate-300 p-3 text-sm dark:border-slate-700 print:hidden"
      aria-label="Filter claims"
    >
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
