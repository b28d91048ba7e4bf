import { route } from "@/lib/api/route-table";

export const PUT = route("PUT /claims/{id}/review");
