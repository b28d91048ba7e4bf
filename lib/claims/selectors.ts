/** Characters of context kept on each side of a quote (Hypothesis uses 32 too). */
export const CONTEXT_CHARS = 32;

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface PositionSelector {
  start: number;
  end: number;
}

export function quoteAt(text: string, start: number, end: number): QuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/**
 * The W3C Web Annotation selectors of a claim, as the API and exports show them: positions in code points
 * (`toCodePoints` from `codePointOffsets` over the text the claim points into), as the Web Annotation model counts.
 */
export function w3cSelectors(claim: QuoteSelector & PositionSelector, toCodePoints: (offset: number) => number) {
  return [
    { type: "TextQuoteSelector", exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix },
    { type: "TextPositionSelector", start: toCodePoints(claim.start), end: toCodePoints(claim.end) },
  ];
}
