import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkDatabase();
  return Response.json(
    health.ok ? { status: "ok", database: "up" } : { status: "degraded", database: "down", message: health.message },
    { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
