import { route } from "@/lib/api/route-table";

export const PATCH = route("PATCH /users/{id}");
