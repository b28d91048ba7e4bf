import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MigrationFile, migrate, readMigrations } from "@/lib/db/migrate";
import { pgliteExecutor, postgresExecutor, type SqlExecutor } from "@/lib/db/sql-executor";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../support/postgres";

type Engine = { name: string; open(): Promise<{ executor: SqlExecutor; close(): Promise<void> }> };

const databases: string[] = [];
const dirs: string[] = [];

const engines: Engine[] = [
  {
    name: "Postgres",
    async open() {
      const name = uniqueDatabaseName("claimwise_mig");
      databases.push(name);
      const sql = postgres(await createDatabase(name), { max: 1, onnotice: () => {} });
      return { executor: postgresExecutor(sql), close: () => sql.end() };
    },
  },
  {
    name: "PGlite",
    async open() {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), "claimwise-pglite-"));
      dirs.push(dir);
      const db = new PGlite(dir);
      return { executor: pgliteExecutor(db), close: () => db.close() };
    },
  },
];

let migrations: MigrationFile[];
beforeAll(async () => {
  migrations = await readMigrations();
});
afterAll(async () => {
  await Promise.all(databases.map(dropDatabase));
  await Promise.all(dirs.map((d) => fs.rm(d, { recursive: true, force: true })));
});

const extra = (name: string, sql: string): MigrationFile => ({
  name,
  sql,
  checksum: createHash("sha256").update(sql).digest("hex"),
});

describe.each(engines)("migration runner on $name", (engine) => {
  it("applies every migration once and records it as prisma migrate deploy does", async () => {
    const { executor, close } = await engine.open();
    try {
      const first = await migrate(executor, migrations);
      expect(first.applied).toEqual(migrations.map((m) => m.name));
      const rows = await executor.query<{
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
        applied_steps_count: number;
        rolled_back_at: Date | null;
      }>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
      expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
      for (const [i, row] of rows.entries()) {
        expect(row.checksum).toBe(migrations[i]!.checksum);
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.applied_steps_count).toBe(1);
        expect(row.rolled_back_at).toBeNull();
      }
      const tables = await executor.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
      );
      expect(tables.map((t) => t.table_name)).toEqual(
        expect.arrayContaining(["User", "Document", "Revision", "Claim", "Review", "Citation", "Comment", "Decision"]),
      );

      const second = await migrate(executor, migrations);
      expect(second.applied).toEqual([]);
      expect(second.alreadyApplied).toHaveLength(migrations.length);
    } finally {
      await close();
    }
  });

  it("rolls a failing migration back whole and records nothing for it", async () => {
    const { executor, close } = await engine.open();
    try {
      await migrate(executor, migrations);
      const broken = extra("29990101000000_broken", `CREATE TABLE "Half" (id int);\nSELECT * FROM no_such_table;`);
      await expect(migrate(executor, [...migrations, broken])).rejects.toThrow(/29990101000000_broken failed/);
      const half = await executor.query(`SELECT to_regclass('"Half"') AS t`);
      expect(half[0]!.t).toBeNull();
      const recorded = await executor.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [
        broken.name,
      ]);
      expect(recorded).toHaveLength(0);

      const fixed = extra("29990101000000_broken", `CREATE TABLE "Half" (id int);`);
      expect((await migrate(executor, [...migrations, fixed])).applied).toEqual([fixed.name]);
      const edited = extra("29990101000000_broken", `CREATE TABLE "Half" (id bigint);`);
      expect((await migrate(executor, [...migrations, edited])).modified).toEqual([fixed.name]);
    } finally {
      await close();
    }
  });
});

describe("migration runner under concurrency (Postgres)", () => {
  it("lets one of several simultaneous runners apply each migration", async () => {
    const name = uniqueDatabaseName("claimwise_mig");
    databases.push(name);
    const url = await createDatabase(name);
    const clients = Array.from({ length: 4 }, () => postgres(url, { max: 1, onnotice: () => {} }));
    try {
      const reports = await Promise.all(clients.map((sql) => migrate(postgresExecutor(sql), migrations)));
      const appliedBy = reports.filter((r) => r.applied.length > 0);
      expect(appliedBy).toHaveLength(1);
      expect(appliedBy[0]!.applied).toEqual(migrations.map((m) => m.name));
      const count = await clients[0]!`SELECT count(*)::int AS n FROM "_prisma_migrations"`;
      expect(count[0]!.n).toBe(migrations.length);
    } finally {
      await Promise.all(clients.map((sql) => sql.end()));
    }
  });
});
