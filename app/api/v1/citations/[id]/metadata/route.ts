import { readJson } from "@/lib/api/json-body";
import { pathId } from "@/lib/api/path-id";
import { apiHandler, json } from "@/lib/api/respond";
import { requestActor } from "@/lib/auth/request-actor";
import { fetchCitationMetadata } from "@/lib/citations/citations";

type Context = { params: Promise<{ id: string }> };

/** `{ version }` in the body: fetches the citation's metadata from its registry again (after "metadata not fetched"). */
export const POST = apiHandler<Context>(async (request, { params }) => {
  const actor = await requestActor(request);
  return json(
    await fetchCitationMetadata(actor, {
      ...(await readJson(request, actor, "citations.write")),
      citationId: await pathId(params),
    }),
  );
});
