import { readDocumentInput } from "@/lib/api/document-input";
import { pathId } from "@/lib/api/path-id";
import { apiHandler, json } from "@/lib/api/respond";
import { requestActor } from "@/lib/auth/request-actor";
import { addRevision } from "@/lib/documents/add-revision";

export const POST = apiHandler<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const actor = await requestActor(request);
  return json(
    await addRevision(actor, await pathId(params), await readDocumentInput(request, actor, "documents.import")),
    201,
  );
});
