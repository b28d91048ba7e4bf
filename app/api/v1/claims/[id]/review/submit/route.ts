import { readJson } from "@/lib/api/json-body";
import { pathId } from "@/lib/api/path-id";
import { apiHandler, json } from "@/lib/api/respond";
import { requestActor } from "@/lib/auth/request-actor";
import { submitReview } from "@/lib/reviews/reviews";

type Context = { params: Promise<{ id: string }> };

export const POST = apiHandler<Context>(async (request, { params }) => {
  const actor = await requestActor(request);
  return json(
    await submitReview(actor, { ...(await readJson(request, actor, "reviews.write")), claimId: await pathId(params) }),
  );
});
