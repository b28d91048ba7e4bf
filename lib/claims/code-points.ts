/**
 * Claims are stored and edited with UTF-16 offsets (JavaScript string indices, what ProseMirror and the browser's
 * selections use), but a W3C TextPositionSelector counts Unicode code points: after one astral character (🚀, 𝛼)
 * the two differ by one. This maps the first into the second for one text; texts without astral characters (most)
 * map to themselves without a search.
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) astral.push(i++);
    }
  }
  if (astral.length === 0) return (offset) => offset;
  return (offset) => {
    // Pairs that end at or before the offset each count one code point less.
    let lo = 0;
    let hi = astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (astral[mid]! + 2 <= offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}
