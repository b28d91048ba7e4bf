import { apiHandler, json } from "@/lib/api/respond";
import { requestActor } from "@/lib/auth/request-actor";
import { getClaimCritique } from "@/lib/reading/claim-critique";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (request, { params }) =>
  json(await getClaimCritique(await requestActor(request), (await params).id)),
);
