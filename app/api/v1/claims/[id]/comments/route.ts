import { readJson } from "@/lib/api/json-body";
import { pathId } from "@/lib/api/path-id";
import { apiHandler, json } from "@/lib/api/respond";
import { requestActor } from "@/lib/auth/request-actor";
import { addComment, listComments } from "@/lib/comments/comments";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (request, { params }) =>
  json({ items: await listComments(await requestActor(request), await pathId(params)) }),
);

export const POST = apiHandler<Context>(async (request, { params }) => {
  const actor = await requestActor(request);
  return json(
    await addComment(actor, { ...(await readJson(request, actor, "comments.write")), claimId: await pathId(params) }),
    201,
  );
});
