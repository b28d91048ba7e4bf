import { readDocumentInput } from "@/lib/api/document-input";
import { apiHandler, json } from "@/lib/api/respond";
import { requestActor } from "@/lib/auth/request-actor";
import { createDocument } from "@/lib/documents/create-document";
import { listDocuments } from "@/lib/documents/list-documents";

export const GET = apiHandler(async (request) => {
  return json({ items: await listDocuments(await requestActor(request)) });
});

export const POST = apiHandler(async (request) => {
  const actor = await requestActor(request);
  const result = await createDocument(actor, await readDocumentInput(request, actor, "documents.import"));
  return json({ id: result.id, slug: result.slug, claimCount: result.claimCount }, 201);
});
