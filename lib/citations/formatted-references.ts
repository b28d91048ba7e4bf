import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { type CslItem, formatReferences, STYLE_KEYS, type Style } from "./csl";

// Formatted entries by style and content, least recently used dropped beyond the limit. Content-keyed, so never stale.
const memo = new Map<string, string>();
const KEEP = 20_000;

/** Keys in a fixed order: Postgres' jsonb gives back an item's keys in its own order, not the one written. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === "object"
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
        )
      : value;
const hashOf = (item: CslItem) =>
  createHash("sha256")
    .update(JSON.stringify(canonical(item)))
    .digest("base64url");

/**
 * References in a style, in their order: each from this process's memo, else from Postgres (formatted by any process
 * before), else formatted now in one citeproc pass and kept in both. citeproc takes a millisecond or more per entry,
 * and an export lists every reference of a document: a server's first export of a 2,000-reference document would
 * otherwise spend seconds on entries that have not changed.
 */
export async function formattedReferences(items: CslItem[], style: Style): Promise<string[]> {
  const styleKey = STYLE_KEYS[style];
  const hashes = items.map(hashOf);
  const texts = new Map<string, string>();
  for (const hash of hashes) {
    const text = memo.get(`${styleKey}\n${hash}`);
    if (text !== undefined) texts.set(hash, text);
  }
  const unknown = new Map<string, CslItem>();
  for (const [i, hash] of hashes.entries()) if (!texts.has(hash)) unknown.set(hash, items[i]!);
  if (unknown.size) {
    const stored = await db.formattedReference.findMany({
      where: { style: styleKey, hash: { in: [...unknown.keys()] } },
      select: { hash: true, text: true },
    });
    for (const { hash, text } of stored) {
      texts.set(hash, text);
      unknown.delete(hash);
    }
  }
  if (unknown.size) {
    const formatted = formatReferences([...unknown.values()], style);
    const rows = [...unknown.keys()].map((hash, i) => ({ style: styleKey, hash, text: formatted[i]! }));
    for (const row of rows) texts.set(row.hash, row.text);
    // Another server may have stored the same entries meanwhile: theirs are the same text.
    await db.formattedReference.createMany({ data: rows, skipDuplicates: true });
  }
  for (const [hash, text] of texts) {
    const key = `${styleKey}\n${hash}`;
    memo.delete(key);
    memo.set(key, text);
  }
  for (const key of memo.keys()) {
    if (memo.size <= KEEP) break;
    memo.delete(key);
  }
  return hashes.map((hash) => texts.get(hash)!);
}
