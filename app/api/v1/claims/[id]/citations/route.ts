import { readJson } from "@/lib/api/json-body";
import { pathId } from "@/lib/api/path-id";
import { apiHandler, json } from "@/lib/api/respond";
import { requestActor } from "@/lib/auth/request-actor";
import { addCitations, listCitations } from "@/lib/citations/citations";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (request, { params }) =>
  json({ items: await listCitations(await requestActor(request), await pathId(params)) }),
);

/** `{ source: "identifier", identifier, ... }` or `{ source: "bibtex" | "ris" | "csl-json", reference, ... }`. */
export const POST = apiHandler<Context>(async (request, { params }) => {
  const actor = await requestActor(request);
  return json(
    {
      items: await addCitations(actor, {
        ...(await readJson(request, actor, "citations.write")),
        claimId: await pathId(params),
      }),
    },
    201,
  );
});
