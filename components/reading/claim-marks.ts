import type { Certainty, ClaimTier } from "@/lib/generated/prisma/enums";

/** A claim's one-line critique summary as the server wrote it onto its marks (lib/rich-text/claim-mark.ts). */
export interface ClaimSummary {
  id: string;
  number: number;
  tier: ClaimTier | null;
  suggestedTier: ClaimTier | null;
  certainty: Certainty | null;
  decided: boolean;
  contested: boolean;
  citations: number;
  comments: number;
}

export const MARK_SELECTOR = "mark.claim[data-claim-id]";
/** Sent on the article by the filters with the ids of the claims they hide; the margin hides their critiques. */
export const FILTER_EVENT = "claimfilter";

/** Each claim's marks (a claim split by other formatting has several), in reading order. */
export function claimMarks(container: HTMLElement): Map<string, HTMLElement[]> {
  const marks = new Map<string, HTMLElement[]>();
  for (const mark of container.querySelectorAll<HTMLElement>(MARK_SELECTOR)) {
    const id = mark.dataset.claimId!;
    const pieces = marks.get(id);
    if (pieces) pieces.push(mark);
    else marks.set(id, [mark]);
  }
  return marks;
}

export function summaryOf(mark: HTMLElement, number: number): ClaimSummary {
  const data = mark.dataset;
  return {
    id: data.claimId!,
    number,
    tier: (data.tier as ClaimTier | undefined) ?? null,
    suggestedTier: (data.suggestedTier as ClaimTier | undefined) ?? null,
    certainty: (data.certainty as Certainty | undefined) ?? null,
    decided: data.decided === "true",
    contested: data.contested === "true",
    citations: Number(data.citations ?? 0),
    comments: Number(data.comments ?? 0),
  };
}

/** Sent on the article by whoever needs every claim in the page (a deep link, the filters, find): the rest loads. */
export const NEED_REST_EVENT = "needrest";
/** Sent on the article once the rest of it is in the page: the margin and the filters take its claims in. */
export const ARTICLE_GREW_EVENT = "articlegrew";
