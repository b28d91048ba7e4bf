import "server-only";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { AppError } from "@/lib/errors/app-error";

export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; details?: unknown };

/** Server actions return expected failures as values the form can show, never as thrown errors. */
export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    if (error instanceof AppError)
      return { ok: false, code: error.code, message: error.message, details: error.details };
    if (isDatabaseUnavailable(error)) {
      return { ok: false, code: "UNAVAILABLE", message: "The database is not available right now. Nothing was saved." };
    }
    console.error("unexpected server action error", error);
    return { ok: false, code: "INTERNAL", message: "Something went wrong on our side. Nothing was saved." };
  }
}
