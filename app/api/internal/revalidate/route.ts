import { isRevalidateToken, REVALIDATE_TOKEN_HEADER, revalidateDocumentPages } from "@/lib/cache/page-revalidation";

/** This process's own loopback call from its event listener (lib/cache/page-revalidation.ts); 404 to anyone else. */
export async function POST(request: Request): Promise<Response> {
  if (!isRevalidateToken(request.headers.get(REVALIDATE_TOKEN_HEADER))) return new Response(null, { status: 404 });
  const { documentId } = (await request.json()) as { documentId: string | null };
  await revalidateDocumentPages(typeof documentId === "string" ? documentId : null);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
