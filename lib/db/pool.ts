/** Connections per app process and how long a request waits for one (README: configuration). */
export const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);
export const ACQUIRE_TIMEOUT_MS = Number(process.env.DATABASE_ACQUIRE_TIMEOUT_MS ?? 5_000);
