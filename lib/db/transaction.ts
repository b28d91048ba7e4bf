import "server-only";
import { invalidatingChanges } from "@/lib/cache/invalidate";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { ACQUIRE_TIMEOUT_MS } from "./pool";

/** How long a caller is told to wait before trying again when every pooled connection is busy. */
export const BUSY_RETRY_SECONDS = 2;

/**
 * Every connection of the pool stayed busy for as long as a request may wait (Prisma P2028: a transaction could not
 * start in time). Not a bug and not an outage: a typed 503 with Retry-After, which the autosave honours.
 */
export async function busyAsUnavailable<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2028") {
      throw new AppError("UNAVAILABLE", "The server is busy right now. Nothing was lost: try again in a moment.", {
        retryAfterSeconds: BUSY_RETRY_SECONDS,
      });
    }
    throw error;
  }
}

/**
 * A write transaction of the domain layer: all or nothing, and once it has committed, the cached pages of the
 * documents it changed are dropped (never before: a reader must not re-cache the old state mid-transaction).
 * It waits for a connection as long as any query waits for one (Prisma's own 2 s would fail requests the pool
 * would still serve), and runs for at most `timeout` once started.
 */
export function transaction<T>(
  fn: (tx: Prisma.TransactionClient) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  return busyAsUnavailable(() =>
    invalidatingChanges(() => db.$transaction(fn, { maxWait: ACQUIRE_TIMEOUT_MS, ...options })),
  );
}
