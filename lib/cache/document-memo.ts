import "server-only";

/**
 * Data read often and changed rarely, kept per process and per document (the claims API's rows): dropped when this
 * process commits an audited change to the document (lib/cache/invalidate.ts), and after a few seconds anyway,
 * which bounds how stale a change made on another app server can look here.
 */
const TTL_MS = 5_000;
const memos = new Set<Map<string, { at: number; value: Promise<unknown> }>>();
const generations = new Map<string, number>();

export function documentMemo<T>(): (documentId: string, load: () => Promise<T>) => Promise<T> {
  const entries = new Map<string, { at: number; value: Promise<unknown> }>();
  memos.add(entries);
  return (documentId, load) => {
    const hit = entries.get(documentId);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.value as Promise<T>;
    const generation = generations.get(documentId) ?? 0;
    const value = load();
    // Kept only if no change committed while it loaded; a failed load is not kept.
    value.then(
      () => {
        if ((generations.get(documentId) ?? 0) === generation) entries.set(documentId, { at: Date.now(), value });
      },
      () => {},
    );
    return value;
  };
}

export function dropDocumentMemos(documentId: string): void {
  generations.set(documentId, (generations.get(documentId) ?? 0) + 1);
  for (const entries of memos) entries.delete(documentId);
}

/** Events may have been missed (the LISTEN connection was lost): every document's memos go. */
export function dropAllDocumentMemos(): void {
  for (const documentId of generations.keys()) generations.set(documentId, (generations.get(documentId) ?? 0) + 1);
  for (const entries of memos) {
    for (const documentId of entries.keys()) generations.set(documentId, (generations.get(documentId) ?? 0) + 1);
    entries.clear();
  }
}
