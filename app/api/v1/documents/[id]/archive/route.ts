import { route } from "@/lib/api/route-table";

export const POST = route("POST /documents/{id}/archive");
