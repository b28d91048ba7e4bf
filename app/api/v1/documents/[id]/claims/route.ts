import { pathId } from "@/lib/api/path-id";
import { apiHandler, json } from "@/lib/api/respond";
import { requestActor } from "@/lib/auth/request-actor";
import { listClaims } from "@/lib/claims/list-claims";

export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  return json({ items: await listClaims(await requestActor(request), await pathId(params)) });
});
