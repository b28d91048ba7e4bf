// A fresh Postgres database with the demo data, and the production build started on it: shared by the e2e
// suite's server and the benchmark's. Run under `tsx --conditions=react-server` (it imports server modules).
import { type ChildProcess, spawn } from "node:child_process";
import { openSqlConnection } from "@/lib/db/connect";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { createDatabase, databaseUrl, dropDatabase } from "./postgres";
import { SERVE_COMMAND } from "./serve-command";

/** Creates the database, migrates it and loads the demo; the app's `db` client then points at it. */
export async function prepareDemoDatabase(name: string): Promise<string> {
  await dropDatabase(name);
  const url = await createDatabase(name);
  process.env.DATABASE_URL = url;
  const connection = openSqlConnection({ kind: "postgres", url });
  await migrate(connection.executor, await readMigrations());
  await connection.close();
  const { seedDemo } = await import("@/lib/db/seed-demo");
  await seedDemo();
  return url;
}

/**
 * The production server (as `npm start` runs it) on the database (or `env.DATABASE_URL`) and `port`; this process
 * ends with it and passes signals on. `command` replaces it with a server of the caller's (the benchmark's, which adds
 * its own routes).
 */
export function startProductionServer(
  name: string,
  port: string,
  env: Record<string, string> = {},
  command: [string, string[]] = SERVE_COMMAND,
): ChildProcess {
  const server = spawn(command[0], command[1], {
    stdio: "inherit",
    env: {
      ...process.env,
      PORT: port,
      DATABASE_URL: databaseUrl(name),
      NEXTAUTH_URL: `http://localhost:${port}`,
      ...env,
    },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
  return server;
}
