import { pathId } from "@/lib/api/path-id";
import { apiHandler } from "@/lib/api/respond";
import { requestActor } from "@/lib/auth/request-actor";
import { exportDocument } from "@/lib/exports/export-document";

type Context = { params: Promise<{ id: string }> };

/** `?format=html|pdf|md|docx|csv|w3c|claimreview|bibtex|ris|jats|json`: a download of the annotated document. */
export const GET = apiHandler<Context>(async (request, { params }) => {
  const url = new URL(request.url);
  const file = await exportDocument(
    await requestActor(request),
    { documentId: await pathId(params), format: url.searchParams.get("format") ?? "" },
    { baseUrl: process.env.NEXTAUTH_URL?.replace(/\/$/, "") || url.origin },
  );
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
