import { pathId } from "@/lib/api/path-id";
import { apiHandler, json } from "@/lib/api/respond";
import { requestActor } from "@/lib/auth/request-actor";
import { listReviews } from "@/lib/reviews/reviews";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (request, { params }) =>
  json({ items: await listReviews(await requestActor(request), await pathId(params)) }),
);
