import "server-only";
import { AppError } from "@/lib/errors/app-error";

// The versioned write of every domain function (DESIGN.md rule 6), in one place: a record is changed only at the
// version the caller read, and a stale version is always CONFLICT carrying the record as it now is (`current`,
// null when it is gone), so a form can merge or show theirs without asking again. Reviews' drafts do the same in
// one SQL statement (lib/reviews/versioned-update.ts) and answer with this same conflict.

/** CONFLICT with the current state of the record. */
export function versionConflict(message: string, current: unknown): AppError {
  return new AppError("CONFLICT", message, { current: current ?? null });
}

/** The record the caller read, if it is still at `version`; else CONFLICT with it as it is (`show` turns it into what the API answers). */
export async function atVersion<T extends { version: number }>(
  record: T,
  version: number,
  message: string,
  show: (record: T) => unknown | Promise<unknown> = (r) => r,
): Promise<T> {
  if (record.version !== version) throw versionConflict(message, await show(record));
  return record;
}

/**
 * Runs `update` (an `updateMany` whose `where` names the version read and whose data increments it: the check and
 * the write are one statement); when it changed nothing, someone saved in between: CONFLICT with `current()`.
 */
export async function updateAtVersion(
  update: () => Promise<{ count: number }>,
  message: string,
  current: () => Promise<unknown>,
): Promise<void> {
  const { count } = await update();
  if (count === 0) throw versionConflict(message, await current());
}
