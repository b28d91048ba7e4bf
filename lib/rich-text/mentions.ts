import type { RichTextNode } from "./types";

/** The user ids a rich-text body mentions (Tiptap `mention` nodes carry the id; the label is only for display). */
export function mentionedIds(doc: RichTextNode): Set<string> {
  const ids = new Set<string>();
  const collect = (n: RichTextNode) => {
    if (n.type === "mention") ids.add(String(n.attrs?.id ?? ""));
    n.content?.forEach(collect);
  };
  collect(doc);
  return ids;
}
