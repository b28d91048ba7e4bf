import "server-only";
import type { Extensions } from "@tiptap/core";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import sanitizeHtml from "sanitize-html";
import { documentExtensions, richTextExtensions } from "./extensions";
import type { RichTextNode } from "./types";

/** What rendered rich text may contain: exactly what the extension lists produce, nothing executable. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "blockquote",
    "pre",
    "code",
    "strong",
    "em",
    "a",
    "br",
    "mark",
    "span",
  ],
  allowedAttributes: {
    a: ["href", "rel"],
    mark: ["class", "data-claim-id", "data-tier", "data-certainty", "data-contested"],
    span: ["class", "data-user-id"],
    ol: ["start"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow ugc" }) },
};

const render = (doc: RichTextNode, extensions: Extensions) =>
  sanitizeHtml(renderToHTMLString({ extensions, content: doc }), SANITIZE);

/** Server-side HTML for what people wrote (rationales, comments, notes); readers never download the editor. */
export function renderRichText(doc: RichTextNode): string {
  return render(doc, richTextExtensions);
}

/** Server-side HTML for an imported document body (with its claim marks applied). */
export function renderDocumentBody(doc: RichTextNode): string {
  return render(doc, documentExtensions);
}
