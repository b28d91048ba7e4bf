import search from "approx-string-match";
import type { Segment } from "./segment";
import { type PositionSelector, type QuoteSelector, quoteAt } from "./selectors";

export type AnchorStatus = "ANCHORED" | "FUZZY" | "ORPHANED";

export interface AnchorResult extends QuoteSelector, PositionSelector {
  status: AnchorStatus;
  /** The quote is no longer exactly what it was: grades on it need re-confirming. */
  textChanged: boolean;
}

/** Up to this share of a claim's characters may differ for a fuzzy match. */
const MAX_ERROR_RATE = 0.3;

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Prefers the occurrence whose surroundings match the old ones, then the one nearest the old position. */
function bestByContext(text: string, claim: QuoteSelector & PositionSelector, starts: number[]): number {
  const score = (start: number) => {
    const q = quoteAt(text, start, start + claim.exact.length);
    return commonSuffixLength(q.prefix, claim.prefix) + commonPrefixLength(q.suffix, claim.suffix);
  };
  return starts.reduce((best, s) => {
    const d = score(s) - score(best);
    return d > 0 || (d === 0 && Math.abs(s - claim.start) < Math.abs(best - claim.start)) ? s : best;
  });
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/** A fuzzy match snaps to the sentence of the new text that covers most of it, so claims stay whole sentences. */
function snap(match: PositionSelector, segments: Segment[]): PositionSelector {
  let best: Segment | undefined;
  let bestOverlap = 0;
  for (const s of segments) {
    const overlap = Math.min(s.end, match.end) - Math.max(s.start, match.start);
    if (overlap > bestOverlap) {
      best = s;
      bestOverlap = overlap;
    }
  }
  const length = match.end - match.start;
  return best && bestOverlap >= 0.6 * length && bestOverlap >= 0.6 * (best.end - best.start) ? best : match;
}

/**
 * Finds a claim again in a new revision's text (DESIGN.md): at its old position, else its exact quote (the
 * occurrence with the best matching context), else an approximate match, else it is orphaned and keeps its old
 * selectors.
 */
export function reanchor(claim: QuoteSelector & PositionSelector, text: string, segments: Segment[]): AnchorResult {
  if (text.slice(claim.start, claim.end) === claim.exact) {
    return {
      ...quoteAt(text, claim.start, claim.end),
      start: claim.start,
      end: claim.end,
      status: "ANCHORED",
      textChanged: false,
    };
  }
  const exact = occurrences(text, claim.exact);
  if (exact.length > 0) {
    const start = bestByContext(text, claim, exact);
    const end = start + claim.exact.length;
    return { ...quoteAt(text, start, end), start, end, status: "ANCHORED", textChanged: false };
  }
  const maxErrors = Math.floor(claim.exact.length * MAX_ERROR_RATE);
  const matches = maxErrors > 0 ? search(text, claim.exact, maxErrors) : [];
  if (matches.length > 0) {
    const fewest = Math.min(...matches.map((m) => m.errors));
    const candidates = matches.filter((m) => m.errors === fewest);
    const nearest = candidates.reduce((a, b) =>
      Math.abs(b.start - claim.start) < Math.abs(a.start - claim.start) ? b : a,
    );
    const { start, end } = snap(nearest, segments);
    return { ...quoteAt(text, start, end), start, end, status: "FUZZY", textChanged: true };
  }
  return {
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
    start: claim.start,
    end: claim.end,
    status: "ORPHANED",
    textChanged: false,
  };
}
