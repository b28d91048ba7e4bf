// Runs before each integration test file: points the app's database client at this worker's own database, a copy of
// the run's migrated template (tests/integration/global-setup.ts) made the first time the worker needs it. Files in
// one worker run one after another on it, as they all did on one database before; two workers run side by side.
import postgres from "postgres";
import { ADMIN_URL, databaseUrl } from "../support/postgres";

const template = process.env.CLAIMWISE_IT_TEMPLATE!;
const name = `${template}_w${process.env.VITEST_POOL_ID ?? "1"}`;
// Files of one worker run one after another (each in a process of its own): the first one makes the copy.
const sql = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
try {
  const [made] = await sql`SELECT 1 FROM pg_database WHERE datname = ${name}`;
  if (!made) await sql.unsafe(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
} finally {
  await sql.end();
}
process.env.DATABASE_URL = databaseUrl(name);
