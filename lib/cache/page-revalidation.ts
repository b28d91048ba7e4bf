import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";

/**
 * Next.js drops cached pages only from inside a request (`revalidatePath` outside one throws "static generation
 * store missing"), but a change made on another app server arrives on a background LISTEN connection. So the
 * listener asks its own server, over loopback, to run app/api/internal/revalidate, which holds a request scope.
 * The route answers only to this process's random token, which never leaves the process.
 */
const globalForToken = globalThis as unknown as { __claimwiseRevalidateToken?: string };
const token = () => (globalForToken.__claimwiseRevalidateToken ??= randomBytes(32).toString("hex"));

export const REVALIDATE_TOKEN_HEADER = "x-claimwise-revalidate";

export function isRevalidateToken(value: string | null): boolean {
  const expected = Buffer.from(token());
  const given = Buffer.from(value ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Asks this process's Next.js server to drop the pages showing the document (all pages when `documentId` is null).
 * Outside a Next.js server (the command line, tests) there is no page cache and nothing to do. The production server
 * (lib/cli/serve.ts) sets PORT; CLAIMWISE_INTERNAL_ORIGIN overrides the loopback address when it listens elsewhere.
 */
export async function requestPageRevalidation(documentId: string | null): Promise<void> {
  const origin =
    process.env.CLAIMWISE_INTERNAL_ORIGIN ?? (process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : null);
  if (!origin || !process.env.NEXT_RUNTIME) return;
  const response = await fetch(`${origin}/api/internal/revalidate`, {
    method: "POST",
    headers: { [REVALIDATE_TOKEN_HEADER]: token(), "content-type": "application/json" },
    body: JSON.stringify({ documentId }),
    signal: AbortSignal.timeout(5_000),
  });
  if (!response.ok) throw new Error(`page revalidation answered ${response.status}`);
}

/** Inside a request: drops the document's reading page and the home page's list (every page for null). */
export async function revalidateDocumentPages(documentId: string | null): Promise<void> {
  if (documentId === null) {
    revalidatePath("/", "layout");
    return;
  }
  const document = await db.document.findUnique({ where: { id: documentId }, select: { slug: true } });
  // A deleted document's slug is gone with its row: drop every page (deletions are rare).
  if (!document) return revalidatePath("/", "layout");
  revalidatePath(`/documents/${document.slug}`);
  revalidatePath("/");
}
