import "server-only";
import { notFound as nextNotFound } from "next/navigation";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { AppError } from "./app-error";

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
