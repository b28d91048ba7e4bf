import { readJson } from "@/lib/api/json-body";
import { pathId } from "@/lib/api/path-id";
import { apiHandler, json } from "@/lib/api/respond";
import { requestActor } from "@/lib/auth/request-actor";
import { deleteComment, editComment } from "@/lib/comments/comments";

type Context = { params: Promise<{ id: string }> };

export const PATCH = apiHandler<Context>(async (request, { params }) => {
  const actor = await requestActor(request);
  return json(
    await editComment(actor, {
      ...(await readJson(request, actor, "comments.write")),
      commentId: await pathId(params),
    }),
  );
});

export const DELETE = apiHandler<Context>(async (request, { params }) => {
  const actor = await requestActor(request);
  return json(
    await deleteComment(actor, {
      ...(await readJson(request, actor, "comments.write")),
      commentId: await pathId(params),
    }),
  );
});
