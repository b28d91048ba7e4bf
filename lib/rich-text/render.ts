import "server-only";
import {
  type Extensions,
  getAttributesFromExtensions,
  getSchemaByResolvedExtensions,
  resolveExtensions,
  splitExtensions,
} from "@tiptap/core";
import { type Mark, Node } from "@tiptap/pm/model";
import {
  escapeHTML,
  renderJSONContentToString,
  serializeChildrenToHTMLString,
} from "@tiptap/static-renderer/json/html-string";
import {
  domOutputSpecToHTMLString,
  mapMarkExtensionToReactNode,
  mapNodeExtensionToReactNode,
} from "@tiptap/static-renderer/pm/html-string";
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
    mark: [
      "id",
      "role",
      "class",
      "data-claim-id",
      "data-tier",
      "data-certainty",
      "data-contested",
      "data-suggested-tier",
      "data-decided",
      "data-citations",
      "data-comments",
    ],
    span: ["class", "data-user-id"],
    ol: ["start"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow ugc" }) },
};

/**
 * Tiptap's `renderToHTMLString`, with its setup (resolving the extensions, their attributes and the schema: several
 * milliseconds, which a page of 2,000 comments paid 2,000 times) done once per extension list.
 */
function compileRenderer(extensions: Extensions): (doc: RichTextNode) => string {
  const resolved = resolveExtensions(extensions);
  const attributes = getAttributesFromExtensions(resolved);
  const { nodeExtensions, markExtensions } = splitExtensions(resolved);
  const schema = getSchemaByResolvedExtensions(resolved);
  const renderNode = renderJSONContentToString<Mark, Node>({
    nodeMapping: {
      ...Object.fromEntries(
        nodeExtensions.map((node) => mapNodeExtensionToReactNode(domOutputSpecToHTMLString, node, attributes)),
      ),
      doc: ({ children }) => serializeChildrenToHTMLString(children),
      text: ({ node }) => escapeHTML(node.text ?? ""),
    },
    markMapping: Object.fromEntries(
      markExtensions.map((mark) => mapMarkExtensionToReactNode(domOutputSpecToHTMLString, mark, attributes)),
    ),
  });
  return (doc) => sanitizeHtml(renderNode({ content: Node.fromJSON(schema, doc) as never }), SANITIZE);
}

const renderRichTextHtml = compileRenderer(richTextExtensions);
const renderDocumentHtml = compileRenderer(documentExtensions);

/** Server-side HTML for what people wrote (rationales, comments, notes); readers never download the editor. */
export function renderRichText(doc: RichTextNode): string {
  return renderRichTextHtml(doc);
}

/** Server-side HTML for an imported document body (with its claim marks applied). */
export function renderDocumentBody(doc: RichTextNode): string {
  return renderDocumentHtml(doc);
}
