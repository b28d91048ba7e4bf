"use client";

import type { ReactNode } from "react";
import type { ClaimDto } from "@/lib/claims/claim-dto";
import type { WorkspaceBlock } from "@/lib/claims/claim-workspace";

type Range = { start: number; end: number };

/** A claim's span in UTF-16 offsets (its W3C selector counts code points, which JavaScript strings do not). */
export const rangeOf = (claim: Pick<ClaimDto, "range">): Range => claim.range;

/**
 * The document's text block by block, each block carrying its plain-text offset (`data-start`, so selections map to
 * offsets), with claims highlighted by tier. Used by the editor's and the reviewer's workspaces.
 */
export function ClaimText({
  blocks,
  claims,
  selectedId,
  onSelect,
}: {
  blocks: WorkspaceBlock[];
  claims: ClaimDto[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  return blocks.map((block) => {
    const end = block.start + block.text.length;
    const inside = claims.filter((c) => rangeOf(c).start >= block.start && rangeOf(c).end <= end);
    const pieces: ReactNode[] = [];
    let cursor = block.start;
    for (const claim of inside) {
      const range = rangeOf(claim);
      if (range.start > cursor) pieces.push(block.text.slice(cursor - block.start, range.start - block.start));
      pieces.push(
        // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard users pick claims from the list beside the text
        <mark
          key={claim.id}
          id={`claim-${claim.id}`}
          className={`claim cursor-pointer ${claim.id === selectedId ? "outline-2 outline-offset-2 outline-blue-700" : ""}`}
          data-tier={claim.tier ?? undefined}
          onClick={() => onSelect(claim.id)}
        >
          {block.text.slice(range.start - block.start, range.end - block.start)}
        </mark>,
      );
      cursor = range.end;
    }
    if (cursor < end) pieces.push(block.text.slice(cursor - block.start));
    if (block.kind === "heading") {
      return (
        <h2 key={block.start} data-start={block.start}>
          {pieces}
        </h2>
      );
    }
    return (
      <p
        key={block.start}
        data-start={block.start}
        className={block.kind === "listItem" ? "ml-6 list-item list-disc" : undefined}
      >
        {pieces}
      </p>
    );
  });
}
