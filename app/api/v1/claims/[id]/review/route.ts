import { readJson } from "@/lib/api/json-body";
import { pathId } from "@/lib/api/path-id";
import { apiHandler, json } from "@/lib/api/respond";
import { requestActor } from "@/lib/auth/request-actor";
import { saveReview } from "@/lib/reviews/reviews";

type Context = { params: Promise<{ id: string }> };

/** The caller's own review of the claim: `version` 0 creates it. */
export const PUT = apiHandler<Context>(async (request, { params }) => {
  const actor = await requestActor(request);
  return json(
    await saveReview(actor, { ...(await readJson(request, actor, "reviews.write")), claimId: await pathId(params) }),
  );
});
