import postgres from "postgres";
import { type DatabaseConfig, databaseConfig } from "./config";
import { sharedPglite } from "./pglite";
import { pgliteExecutor, postgresExecutor, type SqlExecutor } from "./sql-executor";

export interface SqlConnection {
  executor: SqlExecutor;
  close(): Promise<void>;
}

/** One plain SQL session (not Prisma) for the migration runner, health checks and tests. */
export function openSqlConnection(config: DatabaseConfig = databaseConfig()): SqlConnection {
  if (config.kind === "postgres") {
    const sql = postgres(config.url, { max: 1, connect_timeout: 10, onnotice: () => {} });
    return { executor: postgresExecutor(sql), close: () => sql.end({ timeout: 5 }) };
  }
  const db = sharedPglite(config.dataDir);
  // The instance is shared with Prisma in this process; it is closed when the process ends.
  return { executor: pgliteExecutor(db), close: async () => {} };
}
