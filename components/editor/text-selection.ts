/** Plain-text offset of a DOM position inside an element carrying `data-start` (its block's offset). */
function offsetOf(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const block = element?.closest<HTMLElement>("[data-start]");
  if (!block) return null;
  const range = document.createRange();
  range.selectNodeContents(block);
  range.setEnd(node, offset);
  return Number(block.dataset.start) + range.toString().length;
}

/** The current selection inside `container` as plain-text offsets, or null. */
export function selectionOffsets(container: HTMLElement | null): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!container || !selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  return start === null || end === null ? null : { start, end };
}
