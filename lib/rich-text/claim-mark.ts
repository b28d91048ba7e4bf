import { Mark, mergeAttributes } from "@tiptap/core";

/** A claim's span in a document body (DESIGN.md: a `claim` mark with attribute `claimId`). */
export const ClaimMark = Mark.create({
  name: "claim",
  inclusive: false,
  excludes: "",
  addAttributes() {
    return {
      claimId: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-claim-id"),
        renderHTML: (attributes) => ({ "data-claim-id": attributes.claimId }),
      },
      tier: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-tier"),
        renderHTML: (attributes) => (attributes.tier ? { "data-tier": attributes.tier } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: "mark[data-claim-id]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return [
      "mark",
      mergeAttributes({ class: "claim", id: `claim-${HTMLAttributes["data-claim-id"]}` }, HTMLAttributes),
      0,
    ];
  },
});
