import { route } from "@/lib/api/route-table";

// A stream per browser: never prerendered or cached.
export const dynamic = "force-dynamic";
export const GET = route("GET /documents/{id}/events");
