import { getSchema } from "@tiptap/core";
import { Node } from "@tiptap/pm/model";
import { z } from "zod";
import { HEADING_LEVELS, isAllowedHref, LINK_REL, richTextExtensions } from "./extensions";
import { plainText } from "./plain-text";
import type { RichTextDoc, RichTextNode } from "./types";

export const MAX_RICH_TEXT_BYTES = 64 * 1024;
export const MAX_RICH_TEXT_DEPTH = 12;

const schema = getSchema(richTextExtensions);

export class RichTextError extends Error {}

const optionalNull = z.null().optional();

/**
 * Every attribute the editor produces, per node and mark, with its exact type (the editor sends them all, defaults
 * included); anything else, such as a link `class`, a string heading level or an ordered list `start` of
 * `1" onmouseover=…`, is not something the editor wrote.
 */
const ATTRIBUTES: Record<string, Record<string, z.ZodType>> = {
  heading: { level: z.union(HEADING_LEVELS.map((level) => z.literal(level))) },
  orderedList: { start: z.number().int().min(1).max(100_000).optional(), type: optionalNull },
  codeBlock: {
    language: z
      .string()
      .regex(/^[\w+#.-]{1,32}$/)
      .nullable()
      .optional(),
  },
  mention: {
    id: z.string().regex(/^[\w-]{1,64}$/),
    label: z.string().max(200).nullable().optional(),
    mentionSuggestionChar: z.literal("@").optional(),
  },
  link: {
    href: z.string().max(2048).refine(isAllowedHref),
    target: optionalNull,
    rel: z.literal(LINK_REL).nullable().optional(),
    class: optionalNull,
    title: optionalNull,
  },
};

function attrsAllowed(type: string, attrs: Record<string, unknown> | undefined, what: string) {
  const allowed = ATTRIBUTES[type] ?? {};
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (!Object.hasOwn(allowed, key))
      throw new RichTextError(`The ${what} has an attribute that is not allowed ("${key}").`);
    if (!allowed[key]!.safeParse(value).success)
      throw new RichTextError(`The ${what} has a value for "${key}" that the editor never writes.`);
  }
  for (const [key, rule] of Object.entries(allowed)) {
    if (!(attrs && key in attrs) && !rule.safeParse(undefined).success)
      throw new RichTextError(`The ${what} needs its "${key}" attribute.`);
  }
}

/** Walks the JSON before ProseMirror sees it: only known nodes, marks and attributes, safe links, bounded depth. */
function checkTree(node: RichTextNode, depth: number): void {
  if (depth > MAX_RICH_TEXT_DEPTH) throw new RichTextError("The text is nested too deeply.");
  const type = schema.nodes[node.type];
  if (!type) throw new RichTextError(`"${node.type}" is not allowed in this text.`);
  attrsAllowed(node.type, node.attrs, node.type);
  if (node.type === "text" && (typeof node.text !== "string" || node.text.length === 0)) {
    throw new RichTextError("Text nodes must have text.");
  }
  for (const mark of node.marks ?? []) {
    const markType = schema.marks[mark.type];
    if (!markType) throw new RichTextError(`The formatting "${mark.type}" is not allowed in this text.`);
    if (mark.type === "link" && !isAllowedHref(String(mark.attrs?.href ?? ""))) {
      throw new RichTextError("Links must start with http://, https:// or mailto:.");
    }
    attrsAllowed(mark.type, mark.attrs, `${mark.type} mark`);
  }
  for (const child of node.content ?? []) checkTree(child, depth + 1);
}

/**
 * Validates rich text from a client against the shared schema (DESIGN.md rule 5): unknown nodes, marks or
 * attributes, unsafe links, bad nesting (ProseMirror's `check()`), excessive size or depth are rejected.
 */
export function validateRichText(input: unknown): { doc: RichTextDoc; text: string } {
  if (!input || typeof input !== "object" || (input as RichTextNode).type !== "doc") {
    throw new RichTextError("The text must be a rich-text document.");
  }
  if (JSON.stringify(input).length > MAX_RICH_TEXT_BYTES)
    throw new RichTextError("The text is too long (64 KB at most).");
  checkTree(input as RichTextNode, 0);
  let node: Node;
  try {
    node = Node.fromJSON(schema, input);
    node.check();
  } catch (error) {
    throw new RichTextError(`The text's structure is not valid: ${(error as Error).message}`);
  }
  const doc = node.toJSON() as RichTextDoc;
  return { doc, text: plainText(doc).trim() };
}

/** The zod schema for rich-text fields, shared by forms, server actions and the API. */
export const richTextSchema = z.unknown().transform((value, ctx) => {
  try {
    return validateRichText(value);
  } catch (error) {
    if (!(error instanceof RichTextError)) console.error("rich-text validation failed unexpectedly", error);
    ctx.addIssue({ code: "custom", message: error instanceof RichTextError ? error.message : "Invalid text." });
    return z.NEVER;
  }
});

/** Rich text that must say something (comments). */
export const nonEmptyRichTextSchema = richTextSchema.refine((v) => v.text.length > 0, "Write something first.");
