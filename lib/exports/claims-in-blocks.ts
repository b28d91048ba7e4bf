import type { TextBlock } from "@/lib/rich-text/text-blocks";

interface Span {
  start: number;
  end: number;
}

/**
 * The claims lying wholly inside each text block, by start (ties in the order given): one pass over the claims
 * sorted once, where filtering every claim for every block cost blocks × claims (2,000 × 2,000 on a long document).
 * A claim crossing a block boundary is in none. `blocks` are in document order, as `textBlocks` returns them.
 */
export function claimsInBlocks<C extends Span>(blocks: TextBlock[], claims: C[]): Map<TextBlock, C[]> {
  const byStart = [...claims].sort((a, b) => a.start - b.start);
  const inside = new Map<TextBlock, C[]>();
  let next = 0;
  for (const block of blocks) {
    const end = block.start + block.text.length;
    // Claims starting before this block were in an earlier block or cross a boundary.
    while (next < byStart.length && byStart[next]!.start < block.start) next++;
    const mine: C[] = [];
    for (; next < byStart.length && byStart[next]!.start <= end; next++)
      if (byStart[next]!.end <= end) mine.push(byStart[next]!);
    inside.set(block, mine);
  }
  return inside;
}
