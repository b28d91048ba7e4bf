import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** What the last failed check logged, so a load balancer's probes log an outage once, not every few seconds. */
let logged: string | null = null;

/**
 * For load balancers and monitors, who may be anyone: up or down, never where the database is or who connects to
 * it. The operator's details (host, database, what to run) go to the server log.
 */
export async function GET() {
  const health = await checkDatabase();
  if (!health.ok && health.message !== logged) console.error(`Claimwise health check: ${health.message}`);
  logged = health.ok ? null : health.message;
  return Response.json(
    health.ok
      ? { status: "ok", database: "up" }
      : { status: "degraded", database: "down", message: "The database is not available. The server log says why." },
    { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
