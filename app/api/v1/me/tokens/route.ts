import { route } from "@/lib/api/route-table";

export const GET = route("GET /me/tokens");
export const POST = route("POST /me/tokens");
