import { Mark, mergeAttributes } from "@tiptap/core";

const dataAttribute = (name: string, attribute: string) => ({
  default: null,
  parseHTML: (element: HTMLElement) => element.getAttribute(attribute),
  renderHTML: (attributes: Record<string, unknown>) => (attributes[name] ? { [attribute]: attributes[name] } : {}),
});

/**
 * A claim's span in a document body (DESIGN.md: a `claim` mark with attribute `claimId`), with what readers filter
 * on and the one-line summary of its critique (the reading page builds its margin from these). A claim split by
 * other formatting renders as several marks; only the first (`anchor`) carries the id `claim-…` that deep links
 * scroll to. The anchor is never read from imported HTML: ids come only from applyClaimMarks.
 */
export const ClaimMark = Mark.create({
  name: "claim",
  inclusive: false,
  excludes: "",
  addAttributes() {
    return {
      claimId: dataAttribute("claimId", "data-claim-id"),
      tier: dataAttribute("tier", "data-tier"),
      certainty: dataAttribute("certainty", "data-certainty"),
      contested: dataAttribute("contested", "data-contested"),
      suggestedTier: dataAttribute("suggestedTier", "data-suggested-tier"),
      decided: dataAttribute("decided", "data-decided"),
      citations: dataAttribute("citations", "data-citations"),
      comments: dataAttribute("comments", "data-comments"),
      interactive: {
        default: false,
        parseHTML: () => false,
        renderHTML: (attributes: Record<string, unknown>) => (attributes.interactive ? { role: "button" } : {}),
      },
      anchor: {
        default: false,
        parseHTML: () => false,
        renderHTML: (attributes: Record<string, unknown>) =>
          attributes.anchor && attributes.claimId ? { id: `claim-${attributes.claimId}` } : {},
      },
    };
  },
  parseHTML() {
    return [{ tag: "mark[data-claim-id]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["mark", mergeAttributes({ class: "claim" }, HTMLAttributes), 0];
  },
});
