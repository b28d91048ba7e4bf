import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseConfig } from "./config";
import { sharedPglite } from "./pglite";
import { ACQUIRE_TIMEOUT_MS, POOL_SIZE } from "./pool";

function createClient(): PrismaClient {
  const config = databaseConfig();
  if (config.kind === "postgres") {
    const adapter = new PrismaPg({
      connectionString: config.url,
      // Fail a request after 5 s without a free connection instead of queueing forever.
      connectionTimeoutMillis: ACQUIRE_TIMEOUT_MS,
      max: POOL_SIZE,
    });
    return new PrismaClient({ adapter });
  }
  return new PrismaClient({ adapter: new PrismaPGlite(sharedPglite(config.dataDir)) });
}

// One client per process, kept across hot reloads in development, and created on first use: importing this module
// (as `next build` does while collecting pages) must not open a database.
const globalForPrisma = globalThis as unknown as { __claimwisePrisma?: PrismaClient };
const client = () => (globalForPrisma.__claimwisePrisma ??= createClient());

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});
