import "server-only";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import sanitizeHtml from "sanitize-html";
import { richTextExtensions } from "./extensions";
import type { RichTextNode } from "./types";

/** What rendered rich text may contain: exactly what the extension list produces, nothing executable. */
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
  ],
  allowedAttributes: { a: ["href", "rel"], mark: ["class", "id", "data-claim-id", "data-tier"], ol: ["start"], li: [] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow ugc" }) },
};

/** Server-side HTML for stored rich text (readers never download the editor). */
export function renderRichText(doc: RichTextNode): string {
  return sanitizeHtml(renderToHTMLString({ extensions: richTextExtensions, content: doc }), SANITIZE);
}
