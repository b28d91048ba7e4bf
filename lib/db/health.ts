import "server-only";
import { db } from "./client";
import { databaseConfig, describeDatabase } from "./config";
import { isDatabaseUnavailable } from "./unavailable";

export type DatabaseHealth = { ok: true } | { ok: false; message: string };

/** Whether the database answers and has been migrated, with a message an operator can act on. */
export async function checkDatabase(): Promise<DatabaseHealth> {
  const where = describeDatabase(databaseConfig());
  try {
    await db.$queryRaw`SELECT 1 FROM "_prisma_migrations" LIMIT 1`;
    return { ok: true };
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      return { ok: false, message: `cannot reach the database (${where}). Requests will fail until it is back.` };
    }
    if (/_prisma_migrations|does not exist/.test(String((error as Error).message))) {
      return { ok: false, message: `the database (${where}) has not been migrated: run \`npm run db:migrate\`.` };
    }
    return { ok: false, message: `database check failed (${where}): ${(error as Error).message}` };
  }
}
