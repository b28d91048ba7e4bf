import { readJson } from "@/lib/api/json-body";
import { pathId } from "@/lib/api/path-id";
import { apiHandler, json } from "@/lib/api/respond";
import { requestActor } from "@/lib/auth/request-actor";
import { resolveComment } from "@/lib/comments/comments";

type Context = { params: Promise<{ id: string }> };

/** `{ version, resolved }`. */
export const POST = apiHandler<Context>(async (request, { params }) => {
  const actor = await requestActor(request);
  return json(
    await resolveComment(actor, {
      ...(await readJson(request, actor, "comments.write")),
      commentId: await pathId(params),
    }),
  );
});
