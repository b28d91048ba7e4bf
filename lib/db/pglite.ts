import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

/**
 * PGlite is a single-process database: two processes opening the same directory corrupt it. A lock file naming the
 * owner's pid turns that into a clear error (a stale lock of a dead process is taken over).
 */
export class EmbeddedDatabaseBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database at ${dataDir} is in use by process ${pid} (probably the app server). ` +
        "Stop that process first, or use the REST API while it runs, or set DATABASE_URL to a Postgres server.",
    );
    this.name = "EmbeddedDatabaseBusyError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function acquireLock(dataDir: string): void {
  const lockFile = path.join(dataDir, "claimwise.lock");
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    const owner = Number.parseInt(fs.readFileSync(lockFile, "utf8"), 10);
    if (owner && owner !== process.pid && isAlive(owner)) throw new EmbeddedDatabaseBusyError(dataDir, owner);
  } catch (error) {
    if (error instanceof EmbeddedDatabaseBusyError) throw error;
  }
  fs.writeFileSync(lockFile, String(process.pid));
  process.once("exit", () => {
    try {
      if (fs.readFileSync(lockFile, "utf8") === String(process.pid)) fs.unlinkSync(lockFile);
    } catch {
      // Already gone.
    }
  });
}

const globalForPglite = globalThis as unknown as { __claimwisePglite?: Map<string, PGlite> };

/**
 * The process's one instance for `dataDir` (created on first use): the Prisma client, the migration runner and the
 * seed share it, since two instances on one directory corrupt it. Queries wait until it is ready.
 */
export function sharedPglite(dataDir: string): PGlite {
  globalForPglite.__claimwisePglite ??= new Map();
  let db = globalForPglite.__claimwisePglite.get(dataDir);
  if (!db) {
    acquireLock(dataDir);
    db = new PGlite(dataDir);
    globalForPglite.__claimwisePglite.set(dataDir, db);
  }
  return db;
}
