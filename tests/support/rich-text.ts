/** A Tiptap document of plain paragraphs, as the editor would send it. */
export const richText = (...paragraphs: string[]) => ({
  type: "doc",
  content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});
