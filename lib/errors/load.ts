import "server-only";
import { notFound as nextNotFound } from "next/navigation";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { AppError } from "./app-error";
import { DATABASE_UNAVAILABLE_DIGEST } from "./unavailable-digest";

export type Loaded<T> = { ok: true; data: T } | { ok: false; reason: "unavailable" };

/**
 * Loads a page's data: NOT_FOUND becomes Next's 404 page, an unreachable database a result the page shows as an
 * outage notice (so the server keeps serving and recovers by itself); anything else goes to the error page.
 */
export async function loadPageData<T>(load: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await load() };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") nextNotFound();
    if (isDatabaseUnavailable(error)) {
      console.error("database unavailable:", (error as Error).message);
      return { ok: false, reason: "unavailable" };
    }
    throw error;
  }
}

/**
 * Loads the data of a page Next serves from its cache (`revalidate`): an unreachable database is thrown, not rendered,
 * because a rendered outage notice would be cached and served for the whole interval after the database is back.
 * A failed render stores nothing: the cache keeps its last good copy, and a page never rendered gets the error page,
 * which tells the outage by the digest.
 */
export async function loadCachedPageData<T>(load: () => Promise<T>): Promise<T> {
  const result = await loadPageData(load);
  if (!result.ok)
    throw Object.assign(new Error("The database is not available right now"), { digest: DATABASE_UNAVAILABLE_DIGEST });
  return result.data;
}
