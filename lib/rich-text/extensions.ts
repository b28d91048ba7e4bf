import type { Extensions } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { ClaimMark } from "./claim-mark";

export const ALLOWED_LINK_PROTOCOLS = ["http", "https", "mailto"] as const;

/**
 * The one extension list (DESIGN.md rule 5): the browser editor and the server (validation, rendering) build their
 * schema from it, so what one accepts the other does.
 */
export const richTextExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    horizontalRule: false,
    underline: false,
    strike: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: [...ALLOWED_LINK_PROTOCOLS],
      defaultProtocol: "https",
      isAllowedUri: (url) => /^(https?:|mailto:)/i.test(url),
      HTMLAttributes: { rel: "noopener noreferrer nofollow ugc", target: null },
    },
  }),
  ClaimMark,
];
