import { route } from "@/lib/api/route-table";

export const GET = route("GET /comments/{id}/history");
