import path from "node:path";

export type DatabaseConfig = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

/** `DATABASE_URL` selects Postgres; without it the app runs on embedded PGlite under `.data/` (DESIGN.md). */
export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url };
  const dataDir = env.CLAIMWISE_DATA_DIR?.trim() || path.join(process.cwd(), ".data");
  return { kind: "pglite", dataDir: path.join(dataDir, "pglite") };
}

/** A connection string without its password, for messages. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") return `embedded PGlite at ${config.dataDir}`;
  try {
    const u = new URL(config.url);
    if (u.password) u.password = "***";
    return `Postgres at ${u.toString()}`;
  } catch {
    return "Postgres (DATABASE_URL is not a valid URL)";
  }
}
