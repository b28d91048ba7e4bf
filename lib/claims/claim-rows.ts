import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimDraft } from "./build-claims";

/** Rows for new claims of a revision, in document order from `firstPosition`: suggested, with no tier until a person sets one. */
export function claimRows(
  drafts: ClaimDraft[],
  ids: { documentId: string; revisionId: string },
  firstPosition = 0,
): Prisma.ClaimCreateManyInput[] {
  return drafts.map((draft, i) => ({
    ...ids,
    position: firstPosition + i,
    section: draft.section,
    exact: draft.exact,
    prefix: draft.prefix,
    suffix: draft.suffix,
    start: draft.start,
    end: draft.end,
    suggestedTier: draft.suggestedTier,
    suggestionCues: draft.cues,
    suggestionConfidence: draft.confidence,
  }));
}
