import { readJson } from "@/lib/api/json-body";
import { pathId } from "@/lib/api/path-id";
import { apiHandler, json } from "@/lib/api/respond";
import { requestActor } from "@/lib/auth/request-actor";
import { deleteCitation, updateCitation } from "@/lib/citations/citations";

type Context = { params: Promise<{ id: string }> };

export const PATCH = apiHandler<Context>(async (request, { params }) => {
  const actor = await requestActor(request);
  return json(
    await updateCitation(actor, {
      ...(await readJson(request, actor, "citations.write")),
      citationId: await pathId(params),
    }),
  );
});

/** `{ version }` in the body: the version the caller last saw. */
export const DELETE = apiHandler<Context>(async (request, { params }) => {
  const actor = await requestActor(request);
  await deleteCitation(actor, {
    ...(await readJson(request, actor, "citations.write")),
    citationId: await pathId(params),
  });
  return new Response(null, { status: 204, headers: { "Cache-Control": "private, no-store" } });
});
