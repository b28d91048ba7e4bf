import "server-only";
import { AppError } from "@/lib/errors/app-error";

const MAX_JSON_BYTES = 256 * 1024;

/** A JSON object body (at most 256 KB), or INVALID with a message saying what was wrong. */
export async function readJson(request: Request): Promise<Record<string, unknown>> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BYTES) {
    throw new AppError("INVALID", "The request body is too large.");
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("INVALID", "The request body must be a JSON object.");
  }
  if (!body || typeof body !== "object" || Array.isArray(body))
    throw new AppError("INVALID", "The request body must be a JSON object.");
  return body as Record<string, unknown>;
}
