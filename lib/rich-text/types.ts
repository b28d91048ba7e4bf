/** ProseMirror/Tiptap JSON as stored in JSONB columns. */
export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

export interface RichTextDoc extends RichTextNode {
  type: "doc";
  content: RichTextNode[];
}
