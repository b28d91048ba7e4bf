import { route } from "@/lib/api/route-table";

export const GET = route("GET /documents/{id}/reading-rest");
