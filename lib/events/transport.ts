import "server-only";
import postgres from "postgres";
import { db } from "@/lib/db/client";
import { type DatabaseConfig, databaseConfig } from "@/lib/db/config";
import { sharedPglite } from "@/lib/db/pglite";
import { EVENTS_CHANNEL } from "./event-types";

/** How payloads travel between app processes: Postgres NOTIFY out, one LISTEN connection in. */
export interface EventTransport {
  send(payload: string): Promise<void>;
  /** Starts listening; resolves once the LISTEN is in place. `onListen` runs on every (re)connection. */
  listen(onPayload: (payload: string) => void, onListen: () => void): Promise<void>;
}

/**
 * Postgres: NOTIFY goes out through Prisma's pool (a process that only publishes, such as a command-line import,
 * holds no connection of ours and exits when it closes its pool); the one LISTEN connection is a `postgres` client
 * of its own, opened only by a process that listens (the app server), which reconnects and re-issues LISTEN by
 * itself after a drop and never waits behind a busy pool.
 */
function postgresTransport(url: string): EventTransport {
  let listener: postgres.Sql | undefined;
  return {
    send: async (payload) => {
      await db.$executeRaw`SELECT pg_notify(${EVENTS_CHANNEL}, ${payload})`;
    },
    listen: async (onPayload, onListen) => {
      listener ??= postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
      await listener.listen(EVENTS_CHANNEL, onPayload, onListen);
    },
  };
}

/**
 * Embedded PGlite: the same LISTEN/NOTIFY, inside the one process that owns the database (PGlite delivers a
 * NOTIFY to its own listeners once the statement that sent it completes).
 */
function pgliteTransport(dataDir: string): EventTransport {
  const db = sharedPglite(dataDir);
  return {
    send: async (payload) => {
      await db.query("SELECT pg_notify($1, $2)", [EVENTS_CHANNEL, payload]);
    },
    listen: async (onPayload, onListen) => {
      await db.listen(EVENTS_CHANNEL, onPayload);
      onListen();
    },
  };
}

export function openEventTransport(config: DatabaseConfig = databaseConfig()): EventTransport {
  return config.kind === "postgres" ? postgresTransport(config.url) : pgliteTransport(config.dataDir);
}
