import { route } from "@/lib/api/route-table";

export const GET = route("GET /documents");
export const POST = route("POST /documents");
