import { route } from "@/lib/api/route-table";

export const GET = route("GET /claims/{id}/citations");
export const POST = route("POST /claims/{id}/citations");
