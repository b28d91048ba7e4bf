import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
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

const commitHooks = new AsyncLocalStorage<Map<string, () => Promise<void>>>();

/**
 * Runs `hook` once the transaction this is called in has committed, once per `key` (lib/cache drops a document's
 * cached pages this way: never before the commit, or a reader could re-cache the old state). lib/db knows nothing
 * of what the hooks do, so it imports nothing from the layers above it.
 */
export function afterCommit(key: string, hook: () => Promise<void>): void {
  const hooks = commitHooks.getStore();
  if (!hooks) throw new Error("afterCommit called outside a transaction");
  hooks.set(key, hook);
}

/**
 * How long a transaction may run once started. Prisma's own 5 s is shorter than a normal transaction takes on a
 * machine whose cores are all busy: it then closes the transaction under the running code, whose next query fails
 * with a bare error (or yields null), which turned load into lost writes. Runaway statements are Postgres's to stop.
 */
const TRANSACTION_TIMEOUT_MS = 30_000;

/**
 * A write transaction of the domain layer: all or nothing, then its afterCommit hooks. It waits for a connection as
 * long as any query waits for one (Prisma's own 2 s would fail requests the pool would still serve), and runs for
 * at most `timeout` once started.
 */
export async function transaction<T>(
  fn: (tx: Prisma.TransactionClient) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  const hooks = new Map<string, () => Promise<void>>();
  const result = await busyAsUnavailable(() =>
    commitHooks.run(hooks, () =>
      db.$transaction(fn, { maxWait: ACQUIRE_TIMEOUT_MS, timeout: TRANSACTION_TIMEOUT_MS, ...options }),
    ),
  );
  await Promise.all([...hooks.values()].map((hook) => hook()));
  return result;
}
