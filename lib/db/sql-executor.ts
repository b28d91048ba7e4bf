import type { PGlite, Transaction } from "@electric-sql/pglite";
import type postgres from "postgres";

/** The little the migration runner and test harness need from a database connection, on Postgres and PGlite alike. */
export interface SqlExecutor {
  /** Runs one parameterised statement. */
  query<Row extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements (a migration file). */
  script(text: string): Promise<void>;
  /** Runs `fn` in a transaction on this same connection. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}

export function postgresExecutor(sql: postgres.Sql | postgres.ReservedSql | postgres.TransactionSql): SqlExecutor {
  return {
    async query<Row extends Record<string, unknown>>(text: string, params: unknown[] = []) {
      return (await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as Row[];
    },
    async script(text) {
      // Without parameters postgres.js uses the simple query protocol, which accepts several statements.
      await sql.unsafe(text).simple();
    },
    async transaction(fn) {
      if (!("begin" in sql)) throw new Error("nested transactions are not supported");
      return (await sql.begin((tx) => fn(postgresExecutor(tx)))) as Awaited<ReturnType<typeof fn>>;
    },
  };
}

export function pgliteExecutor(db: PGlite | Transaction): SqlExecutor {
  return {
    async query<Row extends Record<string, unknown>>(text: string, params: unknown[] = []) {
      return (await db.query<Row>(text, params)).rows;
    },
    async script(text) {
      await db.exec(text);
    },
    async transaction(fn) {
      if (!("transaction" in db)) throw new Error("nested transactions are not supported");
      return db.transaction((tx) => fn(pgliteExecutor(tx)));
    },
  };
}
