import { Mark, mergeAttributes } from "@tiptap/core";

const dataAttribute = (name: string, attribute: string) => ({
  default: null,
  parseHTML: (element: HTMLElement) => element.getAttribute(attribute),
  renderHTML: (attributes: Record<string, unknown>) => (attributes[name] ? { [attribute]: attributes[name] } : {}),
});

/**
 * A claim's span in a document body (DESIGN.md: a `claim` mark with attribute `claimId`), with what readers filter
 * on. A claim split by other formatting renders as several marks, so none carries an id: deep links (`#claim-…`)
 * point at the claim's critique.
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
    };
  },
  parseHTML() {
    return [{ tag: "mark[data-claim-id]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["mark", mergeAttributes({ class: "claim" }, HTMLAttributes), 0];
  },
});
