import "server-only";
import { invalidatingChanges } from "@/lib/cache/invalidate";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";

/**
 * A write transaction of the domain layer: all or nothing, and once it has committed, the cached pages of the
 * documents it changed are dropped (never before: a reader must not re-cache the old state mid-transaction).
 */
export function transaction<T>(
  fn: (tx: Prisma.TransactionClient) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  return invalidatingChanges(() => db.$transaction(fn, options));
}
