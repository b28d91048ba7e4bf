import { route } from "@/lib/api/route-table";

export const PATCH = route("PATCH /citations/{id}");
export const DELETE = route("DELETE /citations/{id}");
