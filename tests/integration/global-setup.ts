import postgres from "postgres";
import { openSqlConnection } from "@/lib/db/connect";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { ADMIN_URL, createDatabase, dropDatabase, uniqueDatabaseName } from "../support/postgres";

/**
 * Each run migrates one fresh database, the template of the per-worker databases that test files run on
 * (tests/integration/worker-database.ts); all of them are dropped at the end.
 */
export default async function setup() {
  const name = uniqueDatabaseName("claimwise_it");
  const url = await createDatabase(name);
  const connection = openSqlConnection({ kind: "postgres", url });
  try {
    await migrate(connection.executor, await readMigrations());
  } finally {
    await connection.close();
  }
  process.env.CLAIMWISE_IT_TEMPLATE = name;
  return async () => {
    const sql = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    try {
      const workers = await sql<
        { datname: string }[]
      >`SELECT datname FROM pg_database WHERE datname LIKE ${`${name}_w%`}`;
      for (const { datname } of workers) await dropDatabase(datname);
    } finally {
      await sql.end();
    }
    await dropDatabase(name);
  };
}
