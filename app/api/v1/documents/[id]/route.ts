import { route } from "@/lib/api/route-table";

export const DELETE = route("DELETE /documents/{id}");
