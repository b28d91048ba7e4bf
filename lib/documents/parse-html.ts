import { Readability } from "@mozilla/readability";
import { type ChildNode, type Element, isTag, isText } from "domhandler";
import { parseDocument } from "htmlparser2";
import { parseHTML } from "linkedom";
import sanitizeHtml from "sanitize-html";
import { readSentence } from "@/lib/claims/claim-language";
import { endsLikeSentence, TABLE_CELL_SEPARATOR } from "@/lib/claims/segment";
import { inlineText } from "@/lib/rich-text/plain-text";
import type { RichTextDoc, RichTextNode } from "@/lib/rich-text/types";
import type { ParsedDocument } from "./parse-text";

type Mark = NonNullable<RichTextNode["marks"]>[number];

/** Only structure survives an import: scripts, styles, event handlers, images and unknown tags are dropped. */
const IMPORT_SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "ul",
    "ol",
    "li",
    "blockquote",
    "pre",
    "code",
    "strong",
    "b",
    "em",
    "i",
    "a",
    "br",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "span",
    "title",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "details",
    "summary",
  ],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  nonTextTags: ["script", "style", "textarea", "noscript", "template", "svg", "math", "iframe", "object"],
};

/** Blocks whose text is a paragraph of its own (a definition list's terms and answers, a figure's caption...). */
const BLOCK_CONTAINERS = new Set([
  ...["div", "section", "article", "main", "header", "footer", "body", "html"],
  ...["dl", "dt", "dd", "figure", "figcaption", "details", "summary"],
]);
/**
 * A caption that credits its picture ("Tablets at a pharmacy. Photo: Courier archive") describes the picture, not a
 * finding; a chart's caption without a credit ("Mice given X ran 20% farther") is read as text.
 */
const PICTURE_CREDIT = /\b(?:photo(?:graph)?|image|picture|illustration|credit)s?(?:\s+by\b|\s*:)|©/i;
const TABLE_PARTS = new Set(["table", "thead", "tbody", "tfoot"]);
const MARKS: Record<string, string> = { strong: "bold", b: "bold", em: "italic", i: "italic", code: "code" };

function inline(nodes: ChildNode[], marks: Mark[], out: RichTextNode[]): void {
  for (const node of nodes) {
    if (isText(node)) {
      const text = node.data.replace(/\s+/g, " ");
      if (text) out.push(marks.length ? { type: "text", text, marks } : { type: "text", text });
    } else if (isTag(node)) {
      if (node.name === "br") {
        out.push({ type: "hardBreak" });
        continue;
      }
      const mark = MARKS[node.name];
      const href = node.name === "a" ? node.attribs.href : undefined;
      const next = mark ? [...marks, { type: mark }] : href ? [...marks, { type: "link", attrs: { href } }] : marks;
      inline(node.children, next, out);
    }
  }
}

/** Inline content with collapsed white space trimmed at both ends, or null when there is no text. */
function inlineContent(nodes: ChildNode[]): RichTextNode[] | null {
  const out: RichTextNode[] = [];
  inline(nodes, [], out);
  while (out[0]?.type === "hardBreak") out.shift();
  while (out.at(-1)?.type === "hardBreak") out.pop();
  const first = out[0];
  const last = out.at(-1);
  if (first?.text !== undefined) first.text = first.text.trimStart();
  if (last?.text !== undefined) last.text = last.text.trimEnd();
  const content = out.filter((n) => n.type !== "text" || n.text);
  return content.some((n) => n.type === "text") ? content : null;
}

function listItem(element: Element): RichTextNode | null {
  const blocks = blocksOf(element.children);
  return blocks.length ? { type: "listItem", content: blocks } : null;
}

function blocksOf(nodes: ChildNode[]): RichTextNode[] {
  const blocks: RichTextNode[] = [];
  let loose: ChildNode[] = [];
  const flush = () => {
    const content = inlineContent(loose);
    if (content) blocks.push({ type: "paragraph", content });
    loose = [];
  };
  for (const node of nodes) {
    if (!isTag(node)) {
      loose.push(node);
      continue;
    }
    const name = node.name;
    if (/^h[1-6]$/.test(name)) {
      flush();
      const content = inlineContent(node.children);
      const level = Math.min(4, Math.max(2, Number(name[1])));
      if (content) blocks.push({ type: "heading", attrs: { level, source: Number(name[1]) }, content });
    } else if (name === "p") {
      flush();
      const content = inlineContent(node.children);
      if (content) blocks.push({ type: "paragraph", content });
    } else if (name === "ul" || name === "ol") {
      flush();
      const items = node.children
        .filter(isTag)
        .map(listItem)
        .filter((i): i is RichTextNode => i !== null);
      if (items.length) blocks.push({ type: name === "ul" ? "bulletList" : "orderedList", content: items });
    } else if (name === "blockquote") {
      flush();
      const inner = blocksOf(node.children);
      if (inner.length) blocks.push({ type: "blockquote", content: inner });
    } else if (name === "pre") {
      flush();
      const text = node.children
        .map((c) => (isText(c) ? c.data : isTag(c) ? textOf(c) : ""))
        .join("")
        .trim();
      if (text) blocks.push({ type: "codeBlock", content: [{ type: "text", text }] });
    } else if (name === "tr") {
      flush();
      const row = tableRow(node);
      if (row) blocks.push(row);
    } else if (name === "figcaption" && PICTURE_CREDIT.test(textOf(node))) {
      flush();
    } else if (BLOCK_CONTAINERS.has(name) || TABLE_PARTS.has(name) || name === "li") {
      flush();
      blocks.push(...blocksOf(node.children));
    } else if (name === "title") {
      // The <title> only serves as the document title.
    } else {
      loose.push(node);
    }
  }
  flush();
  return blocks;
}

/**
 * A table row is one paragraph, its cells joined by " | ", so that each row is read as one claim; a row of header
 * cells only names the columns and becomes a small heading (context for the rows, never a claim).
 */
function tableRow(row: Element): RichTextNode | null {
  const cells = row.children.filter(isTag).filter((c) => c.name === "td" || c.name === "th");
  const texts = cells.map((c) => textOf(c).replace(/\s+/g, " ").trim()).filter(Boolean);
  if (!texts.length) return null;
  const text = texts.join(TABLE_CELL_SEPARATOR);
  if (cells.every((c) => c.name === "th"))
    return { type: "heading", attrs: { level: 4, source: 4 }, content: [{ type: "text", text }] };
  return { type: "paragraph", content: [{ type: "text", text }] };
}

function textOf(node: ChildNode): string {
  if (isText(node)) return node.data;
  return isTag(node) ? node.children.map(textOf).join("") : "";
}

function findTitle(nodes: ChildNode[]): string | null {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    if (node.name === "title") return textOf(node).trim() || null;
    const inner = findTitle(node.children);
    if (inner) return inner;
  }
  return null;
}

/**
 * Reads an HTML import. A whole web page is reduced to its article first with Mozilla's Readability (the engine of
 * Firefox's Reader View), so menus, bylines, newsletter boxes, calls to action and footers never become claims; a
 * fragment, or a page Readability finds no article in, is read whole.
 */
export function parseHtml(html: string): ParsedDocument {
  if (!WHOLE_PAGE.test(html)) return parseHtmlFragment(html);
  const { document } = parseHTML(html);
  const pageTitle =
    document.querySelector("h1")?.textContent?.trim() || document.querySelector("title")?.textContent?.trim() || null;
  for (const furniture of document.querySelectorAll(FURNITURE)) furniture.remove();
  // The page's own asides are sidebars; one inside the article may be its fact box (see MAYBE_FURNITURE).
  for (const aside of document.querySelectorAll("aside")) if (!aside.closest("article, main")) aside.remove();
  for (const box of document.querySelectorAll(MAYBE_FURNITURE)) keepSentencesOnly(box);
  const article = readArticle(document);
  if (!article?.content) return parseHtmlFragment(html);
  const parsed = parseHtmlFragment(article.content);
  const title = pageTitle ?? parsed.title;
  // Readability keeps the article's h1 as an h2: it is the title, not a section.
  const first = parsed.body.content[0];
  if (first?.type === "heading" && title && inlineText(first).trim() === title) parsed.body.content.shift();
  return { ...parsed, title };
}

const WHOLE_PAGE = /<(?:html|body)[\s>]/i;

/** Readability's article, or null where it finds none or fails on malformed markup (the page is then read whole). */
function readArticle(document: ReturnType<typeof parseHTML>["document"]) {
  try {
    return new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  } catch {
    return null;
  }
}
/** Page furniture Readability may keep inside an article: sign-up boxes, share bars, author boxes, calls to action. */
const FURNITURE = [
  "nav",
  "form",
  "button",
  "footer",
  ...[
    "newsletter",
    "subscribe",
    "signup",
    "sign-up",
    "share",
    "social",
    "byline",
    "author",
    "breadcrumb",
    "cookie",
    "consent",
    "related",
    "advert",
    "booking",
    // A pull quote repeats a sentence of the article, typeset large before or beside it.
    "pullquote",
    "pull-quote",
  ].flatMap(classOrId),
].join(",");

/**
 * Boxes that clinic and product pages also put their testimonials and taglines in ("cta-box", "banner", "extra",
 * "sidebar", "community": these four Readability itself drops as unlikely to be content), and an article's asides,
 * which are as often its fact box ("In the rat study, …") as a sign-up box.
 */
const MAYBE_FURNITURE = [
  "aside",
  ...["cta", "promo", "banner", "consultation", "extra", "sidebar", "community"].flatMap(classOrId),
].join(",");
/** A block with fewer words is a call to action or a label ("Is it right for you?", "Book now"), not a claim. */
const MIN_BOX_SENTENCE_WORDS = 6;

function classOrId(word: string): string[] {
  return [`[class*="${word}" i]`, `[id*="${word}" i]`];
}

type PageElement = ReturnType<ReturnType<typeof parseHTML>["document"]["querySelector"]> & {};

/**
 * A box that may be furniture keeps only its paragraphs, quotes and list items that read as sentences, under a
 * neutral name (an aside becomes a plain box) so that Readability judges them as text; its buttons, links, forms, short lines and imperatives ("Save
 * 15% with code…") go, and a box with no such sentence goes whole. Layout wrappers (holding the page's h1/h2 or its
 * article) are left to Readability.
 */
function keepSentencesOnly(box: PageElement): void {
  if (!box.isConnected || box.querySelector("h1, h2, article, main") || /^(?:body|html)$/i.test(box.tagName)) return;
  const sentences = [...box.querySelectorAll("p, blockquote, li")].filter((block) => {
    const text = block.textContent?.replace(/\s+/g, " ").trim() ?? "";
    const sentence = text.split(" ").length >= MIN_BOX_SENTENCE_WORDS && endsLikeSentence(text);
    return sentence && !readSentence(text).imperative;
  });
  const outermost = sentences.filter((block) => !sentences.some((other) => other !== block && other.contains(block)));
  if (!outermost.length) {
    box.remove();
    return;
  }
  box.replaceChildren(...outermost);
  box.removeAttribute("class");
  box.removeAttribute("id");
  // Readability drops every <aside>: what is left of one is read as a box of text.
  if (box.tagName.toLowerCase() === "aside") {
    const div = box.ownerDocument.createElement("div");
    div.replaceChildren(...box.childNodes);
    box.replaceWith(div);
  }
}

/**
 * Reads sanitised HTML (an article, or Markdown rendered to HTML) into the document schema. The first heading, when
 * it comes before any text, becomes the title; `<title>` does when there is none.
 */
export function parseHtmlFragment(html: string): ParsedDocument {
  const dom = parseDocument(sanitizeHtml(html, IMPORT_SANITIZE));
  const blocks = blocksOf(dom.children);
  let title: string | null = null;
  const first = blocks[0];
  if (first?.type === "heading" && first.attrs?.source === 1) {
    title = first
      .content!.map((n) => n.text ?? "")
      .join("")
      .trim();
    blocks.shift();
  }
  title ??= findTitle(dom.children);
  for (const block of blocks) if (block.type === "heading") block.attrs = { level: block.attrs!.level };
  const body: RichTextDoc = { type: "doc", content: blocks };
  return { title, body };
}
