import { databaseConfig, describeDatabase } from "@/lib/db/config";
import { openSqlConnection } from "@/lib/db/connect";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { runCli } from "./run";

runCli(async () => {
  const config = databaseConfig();
  const connection = openSqlConnection(config);
  try {
    const report = await migrate(connection.executor, await readMigrations());
    for (const name of report.applied) console.log(`applied ${name}`);
    for (const name of report.modified) console.warn(`warning: ${name} changed after it was applied`);
    console.log(
      `${describeDatabase(config)}: ${report.applied.length} migration(s) applied, ` +
        `${report.alreadyApplied.length} already up to date`,
    );
  } finally {
    await connection.close();
  }
});
