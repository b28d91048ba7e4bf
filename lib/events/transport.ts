import "server-only";
import postgres from "postgres";
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
 * Postgres: one `postgres` client per process, whose `listen` keeps a dedicated connection (reconnecting and
 * re-issuing LISTEN by itself after a drop) and whose one pooled connection sends NOTIFY. Both live outside
 * Prisma's pool, so a busy pool never delays an event.
 */
function postgresTransport(url: string): EventTransport {
  const sql = postgres(url, { max: 1, idle_timeout: 60, connect_timeout: 10, onnotice: () => {} });
  return {
    send: async (payload) => {
      await sql.notify(EVENTS_CHANNEL, payload);
    },
    listen: async (onPayload, onListen) => {
      await sql.listen(EVENTS_CHANNEL, onPayload, onListen);
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
