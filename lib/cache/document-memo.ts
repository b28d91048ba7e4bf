import "server-only";

/**
 * Data read often and changed rarely, kept per process and per document (the claims API's rows): dropped when any
 * app server announces a change to the document (lib/cache/cache-coherence.ts; the server that made it drops it at
 * once, lib/cache/invalidate.ts), and after a few seconds anyway, should an announcement be lost.
 */
const TTL_MS = 5_000;
interface MemoState {
  memos: Set<Map<string, { at: number; value: Promise<unknown> }>>;
  generations: Map<string, number>;
  /** Bumped when every memo goes: a load that started before must not be kept either. */
  epoch: number;
}
// On globalThis: Next.js bundles instrumentation (where cache-coherence.ts hears other servers' changes), pages and
// route handlers separately, each with its own copy of this module; a drop must reach every copy's memos.
const globalForMemos = globalThis as unknown as { __claimwiseDocumentMemos?: MemoState };
const state = (): MemoState =>
  (globalForMemos.__claimwiseDocumentMemos ??= { memos: new Set(), generations: new Map(), epoch: 0 });
const generationOf = (documentId: string) => `${state().epoch}:${state().generations.get(documentId) ?? 0}`;

export function documentMemo<T>(): (documentId: string, load: () => Promise<T>) => Promise<T> {
  const entries = new Map<string, { at: number; value: Promise<unknown> }>();
  state().memos.add(entries);
  return (documentId, load) => {
    const hit = entries.get(documentId);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.value as Promise<T>;
    const generation = generationOf(documentId);
    const value = load();
    // Kept only if no change committed while it loaded; a failed load is not kept.
    value.then(
      () => {
        if (generationOf(documentId) === generation) entries.set(documentId, { at: Date.now(), value });
      },
      () => {},
    );
    return value;
  };
}

export function dropDocumentMemos(documentId: string): void {
  const { generations, memos } = state();
  generations.set(documentId, (generations.get(documentId) ?? 0) + 1);
  for (const entries of memos) entries.delete(documentId);
}

/** Events may have been missed (the LISTEN connection was lost): every document's memos go. */
export function dropAllDocumentMemos(): void {
  const s = state();
  s.epoch += 1;
  for (const entries of s.memos) entries.clear();
}
