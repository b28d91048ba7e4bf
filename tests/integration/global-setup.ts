import { openSqlConnection } from "@/lib/db/connect";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../support/postgres";

/** Each run gets a fresh, migrated Postgres database of its own, dropped at the end. */
export default async function setup() {
  const name = uniqueDatabaseName("claimwise_it");
  const url = await createDatabase(name);
  const connection = openSqlConnection({ kind: "postgres", url });
  try {
    await migrate(connection.executor, await readMigrations());
  } finally {
    await connection.close();
  }
  process.env.DATABASE_URL = url;
  return async () => {
    await dropDatabase(name);
  };
}
