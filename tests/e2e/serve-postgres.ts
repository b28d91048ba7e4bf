// Starts the production build on a fresh Postgres database of this run, with the demo data and a few e2e accounts.
import { spawn } from "node:child_process";
import path from "node:path";
import { openSqlConnection } from "@/lib/db/connect";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { createDatabase, databaseUrl, dropDatabase } from "../support/postgres";
import { E2E_USERS } from "./support/accounts";

const name = process.env.E2E_DATABASE!;
await dropDatabase(name);
const url = await createDatabase(name);
process.env.DATABASE_URL = url;

const connection = openSqlConnection({ kind: "postgres", url });
await migrate(connection.executor, await readMigrations());
await connection.close();

const { seedDemo } = await import("@/lib/db/seed-demo");
const { createUser } = await import("@/lib/users/create-user");
const { db } = await import("@/lib/db/client");
await seedDemo();
for (const user of E2E_USERS) await createUser("system", user);
await db.user.updateMany({ where: { email: { startsWith: "disabled" } }, data: { disabled: true } });
await db.$disconnect();

const port = process.env.PORT ?? "3100";
const server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: databaseUrl(name), NEXTAUTH_URL: `http://localhost:${port}` },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
