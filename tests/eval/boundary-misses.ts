import { notAssertion } from "@/lib/claims/segment";
import type { PreparedImport } from "@/lib/documents/prepare-import";
import { textBlocks } from "@/lib/rich-text/text-blocks";
import type { BoundaryMiss } from "./evaluate";
import { normalise } from "./evaluate";

const quote = (s: string) => `«${s.length > 70 ? `${s.slice(0, 67)}…` : s}»`;

/**
 * Why the importer did not make a labelled sentence a claim of its own: merged into a longer claim, split into
 * pieces, dropped by the segmenter (and the segmenter's reason), broken across blocks by the extraction, or not in the
 * extracted text at all. Compared on words only, as the boundary score is.
 */
export function whyMissing(miss: BoundaryMiss, prepared: PreparedImport): string {
  const key = normalise(miss.text);
  const keys = prepared.claims.map((c) => normalise(c.exact));
  // A short sentence's letters ("No.") occur inside many words: look for its words as written.
  const inside = (k: string, i: number) =>
    key.length >= 12 ? k.includes(key) : prepared.claims[i]!.exact.toLowerCase().includes(miss.text.toLowerCase());
  const into = keys.findIndex((k, i) => k.length > key.length && inside(k, i));
  if (into >= 0) return `merged into ${quote(prepared.claims[into]!.exact)}`;
  const pieces = prepared.claims.filter((_, i) => keys[i]!.length > 0 && key.includes(keys[i]!));
  if (pieces.length) return `split: ${pieces.map((c) => quote(c.exact)).join(" + ")}`;
  const block = textBlocks(prepared.body).find((b) => normalise(b.text).includes(key));
  if (block)
    return `dropped by the segmenter (${notAssertion(miss.text, block) ?? "a heading, code, or a repeat of an earlier sentence"})`;
  if (normalise(prepared.plainText).includes(key)) return "broken across blocks by the extraction";
  return "lost in extraction (not in the imported text)";
}

/** Why a claim names no labelled sentence: a listed non-claim, several sentences merged, or a piece of one. */
export function whyExtra(miss: BoundaryMiss): string {
  const key = normalise(miss.text);
  if (miss.doc.notClaims.some((n) => normalise(n) === key)) return "listed as not a claim (furniture kept)";
  const labels = miss.doc.claims.map((c) => normalise(c.text));
  const merged = labels.filter((l) => l.length < key.length && key.includes(l)).length;
  if (merged) return `merges ${merged} labelled sentence${merged > 1 ? "s" : ""}`;
  if (labels.some((l) => l.length > key.length && l.includes(key))) return "a piece of a split sentence";
  return "names no labelled sentence";
}
