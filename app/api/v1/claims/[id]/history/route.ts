import { pathId } from "@/lib/api/path-id";
import { apiHandler, json } from "@/lib/api/respond";
import { claimHistory } from "@/lib/audit/claim-history";
import { requestActor } from "@/lib/auth/request-actor";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (request, { params }) =>
  json({ items: await claimHistory(await requestActor(request), await pathId(params)) }),
);
