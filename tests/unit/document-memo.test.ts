import { describe, expect, it, vi } from "vitest";

describe("the per-document memos", () => {
  it("a drop through one bundle's copy of the module reaches the memos made through another's", async () => {
    // Two copies of the module, as Next.js gives instrumentation.ts (which hears other servers' changes) and a route.
    const route = await import("@/lib/cache/document-memo");
    vi.resetModules();
    const instrumentation = await import("@/lib/cache/document-memo");
    expect(instrumentation).not.toBe(route);
    const memo = route.documentMemo<number>();
    let loads = 0;
    const load = async () => ++loads;
    expect(await memo("doc-1", load)).toBe(1);
    expect(await memo("doc-1", load)).toBe(1);
    instrumentation.dropDocumentMemos("doc-1");
    expect(await memo("doc-1", load)).toBe(2);
  });
});
