import type { Extensions } from "@tiptap/core";
import Mention from "@tiptap/extension-mention";
import StarterKit from "@tiptap/starter-kit";
import { ClaimMark } from "./claim-mark";

export const ALLOWED_LINK_PROTOCOLS = ["http", "https", "mailto"] as const;
export const isAllowedHref = (url: string) => /^(https?:\/\/|mailto:)/i.test(url.trim());
/** The `rel` every link gets from the editor. */
export const LINK_REL = "noopener noreferrer nofollow ugc";
/** Heading levels people may use (the page's own title is the h1). */
export const HEADING_LEVELS = [2, 3, 4] as const;

const kit = StarterKit.configure({
  heading: { levels: [...HEADING_LEVELS] },
  horizontalRule: false,
  underline: false,
  strike: false,
  link: {
    openOnClick: false,
    autolink: true,
    protocols: [...ALLOWED_LINK_PROTOCOLS],
    defaultProtocol: "https",
    isAllowedUri: isAllowedHref,
    HTMLAttributes: { rel: LINK_REL, target: null },
  },
});

/** @mentions of users: the node keeps the user's id; the server rewrites the label from the database. */
export const MentionNode = Mention.configure({
  HTMLAttributes: { class: "mention" },
  renderText: ({ node }) => `@${node.attrs.label ?? node.attrs.id}`,
  renderHTML: ({ node, options }) => [
    "span",
    { ...options.HTMLAttributes, "data-user-id": node.attrs.id },
    `@${node.attrs.label ?? ""}`,
  ],
});

/**
 * The one extension list for what people write (review rationales, comments, decision notes; DESIGN.md rule 5):
 * the browser editor and the server (validation, rendering) build their schema from it. The browser only adds the
 * mention suggestion popup, which does not change the schema.
 */
export const richTextExtensions: Extensions = [kit, MentionNode];

/** Imported document bodies: the same nodes and marks, plus the claim mark applied when they are rendered. */
export const documentExtensions: Extensions = [kit, ClaimMark];
