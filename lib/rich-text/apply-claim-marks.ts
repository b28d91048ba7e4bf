import type { RichTextNode } from "./types";

export interface ClaimSpan {
  id: string;
  start: number;
  end: number;
  tier: string | null;
  /** The certainty readers see (the decision's, else the reviewers' consensus), when there is one. */
  certainty?: string | null;
  /** Reviewers disagree on certainty or tier. */
  contested?: boolean;
  /** What the reading page's one-line summary of the critique shows (lib/critique `summariseCritique`). */
  suggestedTier?: string | null;
  decided?: boolean;
  citations?: number;
  comments?: number;
}

const TEXTBLOCKS = new Set(["paragraph", "heading", "codeBlock"]);

/**
 * The body with a `claim` mark on each claim's span. Revisions are immutable and claims change (split, merge,
 * re-anchor), so the marks are derived from the claims' TextPositionSelectors whenever the body is rendered.
 * `interactive`: the marks are buttons that open their critique (the reading page's script handles them); written
 * by the server so that a 2,000-claim page's script does not touch every mark (and the accessibility tree) at load.
 */
export function applyClaimMarks(
  doc: RichTextNode,
  claims: ClaimSpan[],
  { interactive = false }: { interactive?: boolean } = {},
): RichTextNode {
  const spans = [...claims].sort((a, b) => a.start - b.start);
  const anchored = new Set<string>();
  let offset = 0;
  // Text is walked in order, so spans that end before the current text node are never looked at again: a
  // 2,000-claim body is marked in one pass instead of 2,000 x 2,000 comparisons.
  let first = 0;

  const markText = (node: RichTextNode, from: number): RichTextNode[] => {
    const text = node.text ?? "";
    const to = from + text.length;
    while (first < spans.length && spans[first]!.end <= from) first++;
    const overlapping: ClaimSpan[] = [];
    for (let i = first; i < spans.length && spans[i]!.start < to; i++) {
      if (spans[i]!.end > from) overlapping.push(spans[i]!);
    }
    const cuts = new Set([0, text.length]);
    for (const span of overlapping) {
      cuts.add(Math.max(0, span.start - from));
      cuts.add(Math.min(text.length, span.end - from));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces: RichTextNode[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      const span = overlapping.find((s) => s.start <= from + a && s.end >= from + b);
      const piece: RichTextNode = { ...node, text: text.slice(a, b) };
      if (span) {
        // The claim's first piece carries the id deep links (#claim-…) scroll to.
        const anchor = !anchored.has(span.id);
        anchored.add(span.id);
        const attrs = {
          claimId: span.id,
          anchor,
          interactive,
          tier: span.tier,
          certainty: span.certainty ?? null,
          contested: span.contested ? "true" : null,
          suggestedTier: span.suggestedTier ?? null,
          decided: span.decided ? "true" : null,
          citations: span.citations ? String(span.citations) : null,
          comments: span.comments ? String(span.comments) : null,
        };
        piece.marks = [...(node.marks ?? []), { type: "claim", attrs }];
      }
      pieces.push(piece);
    }
    return pieces;
  };

  const inline = (nodes: RichTextNode[]): RichTextNode[] =>
    nodes.flatMap((child) => {
      if (child.type === "text") {
        const pieces = markText(child, offset);
        offset += child.text?.length ?? 0;
        return pieces;
      }
      if (child.type === "hardBreak") offset += 1;
      return [child];
    });

  const walk = (node: RichTextNode): RichTextNode => {
    if (TEXTBLOCKS.has(node.type)) {
      const marked = { ...node, content: node.type === "codeBlock" ? node.content : inline(node.content ?? []) };
      if (node.type === "codeBlock") offset += (node.content ?? []).reduce((n, c) => n + (c.text?.length ?? 0), 0);
      offset += 1;
      return marked;
    }
    return node.content ? { ...node, content: node.content.map(walk) } : node;
  };
  return walk(doc);
}
