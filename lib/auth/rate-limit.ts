import "server-only";
import { db } from "@/lib/db/client";

export interface Limit {
  /** Attempts allowed in one window. */
  max: number;
  windowMs: number;
}

export interface LimitState {
  count: number;
  resetAt: Date;
}

/** Expired rows other keys left behind, deleted by one hit: enough to outpace the rows that hits create. */
const SWEEP = 20;

/**
 * Fixed-window counters kept in the RateLimit table, so every app server shares them and they survive restarts.
 * One atomic upsert per hit: a window that has expired starts again at 1. The same statement deletes a few expired
 * rows of other keys (an expired row means the same as no row), so the table holds only live windows without a job.
 */
export async function hit(key: string, limit: Limit): Promise<LimitState> {
  const rows = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    WITH swept AS (
      DELETE FROM "RateLimit" WHERE key IN (
        SELECT key FROM "RateLimit" WHERE "resetAt" <= now() AND key <> ${key}
        LIMIT ${SWEEP} FOR UPDATE SKIP LOCKED)
    )
    INSERT INTO "RateLimit" (key, count, "resetAt")
    VALUES (${key}, 1, now() + make_interval(secs => ${limit.windowMs / 1000}))
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."resetAt" <= now() THEN 1 ELSE "RateLimit".count + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= now()
        THEN now() + make_interval(secs => ${limit.windowMs / 1000}) ELSE "RateLimit"."resetAt" END
    RETURNING count, "resetAt"`;
  const row = rows[0]!;
  return { count: Number(row.count), resetAt: row.resetAt };
}

/** Takes back one hit in the current window (an attempt that turned out to be legitimate). */
export async function unhit(key: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimit" SET count = count - 1 WHERE key = ${key} AND count > 0 AND "resetAt" > now()`;
}
