import { route } from "@/lib/api/route-table";

export const PATCH = route("PATCH /comments/{id}");
export const DELETE = route("DELETE /comments/{id}");
