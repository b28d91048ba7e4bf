// The search columns and the duplicate-citation index are Postgres features the embedded demo database (PGlite)
// must run too: every migration applies on both engines, the generated vectors fill in on insert, and searches and
// the partial unique index behave the same.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { pgliteExecutor, postgresExecutor, type SqlExecutor } from "@/lib/db/sql-executor";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../support/postgres";
import { POLACK_2020 } from "../support/references";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

const engines = [
  {
    name: "PGlite",
    async open(): Promise<SqlExecutor> {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), "claimwise-pglite-search-"));
      const db = new PGlite(dir);
      cleanups.push(async () => {
        await db.close();
        await fs.rm(dir, { recursive: true, force: true });
      });
      return pgliteExecutor(db);
    },
  },
  {
    name: "Postgres",
    async open(): Promise<SqlExecutor> {
      const name = uniqueDatabaseName("claimwise_search_mig");
      const sql = postgres(await createDatabase(name), { max: 1, onnotice: () => {} });
      cleanups.push(async () => {
        await sql.end();
        await dropDatabase(name);
      });
      return postgresExecutor(sql);
    },
  },
];

describe.each(engines)("search columns on $name", (engine) => {
  it("migrates, fills the vectors on insert, finds words, authors and DOIs, and refuses a duplicate live citation", async () => {
    const db = await engine.open();
    await migrate(db, await readMigrations());
    await db.script(`
      INSERT INTO "Document" (id, slug, title, "updatedAt") VALUES ('d1', 'd1', 'A document', now());
      INSERT INTO "Revision" (id, "documentId", number, body, "plainText", "sourceFormat", "contentHash")
        VALUES ('r1', 'd1', 1, '{"type":"doc"}', 'Mice regrew neurons.', 'TXT', 'x');
      INSERT INTO "Claim" (id, "documentId", "revisionId", position, exact, prefix, suffix, start, "end", "updatedAt")
        VALUES ('c1', 'd1', 'r1', 0, 'Mice regrew neurons.', '', '', 0, 20, now());
      INSERT INTO "Comment" (id, "claimId", body, "bodyText", "updatedAt")
        VALUES ('m1', 'c1', '{"type":"doc"}', 'The hippocampal data are thin.', now());
      INSERT INTO "Citation" (id, "claimId", "identifierType", identifier, csl, stance, "updatedAt")
        VALUES ('x1', 'c1', 'DOI', '10.1056/nejmoa2034577', '${JSON.stringify(POLACK_2020)}', 'SUPPORTS', now());`);
    const found = async (table: string, q: string) =>
      (
        await db.query<{ id: string }>(
          `SELECT id FROM "${table}" WHERE "searchVector" @@ websearch_to_tsquery('english', $1)`,
          [q],
        )
      ).map((r) => r.id);
    expect(await found("Claim", "mice neuron")).toEqual(["c1"]);
    expect(await found("Comment", "hippocampal")).toEqual(["m1"]);
    for (const q of ["Polack", "Fernando Thomas", "10.1056/NEJMoa2034577", "BNT162b2 vaccine", "England Journal"])
      expect(await found("Citation", q)).toEqual(["x1"]);
    expect(await found("Citation", "Moderna")).toEqual([]);

    const duplicate = `INSERT INTO "Citation" (id, "claimId", "identifierType", identifier, csl, stance, "updatedAt")
      VALUES ($1, 'c1', 'DOI', '10.1056/nejmoa2034577', '{}', 'MENTIONS', now())`;
    await expect(db.query(duplicate, ["x2"])).rejects.toThrow(/Citation_claimId_identifier_live_key/);
    // Once the first is deleted (soft), the same source can be cited again.
    await db.query(`UPDATE "Citation" SET "deletedAt" = now() WHERE id = 'x1'`);
    await db.query(duplicate, ["x3"]);
    expect(await found("Citation", "Polack")).toEqual(["x1"]);
  });
});
