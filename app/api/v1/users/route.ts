import { route } from "@/lib/api/route-table";

export const GET = route("GET /users");
export const POST = route("POST /users");
