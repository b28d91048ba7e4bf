import "server-only";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { AppError } from "@/lib/errors/app-error";

/** Responses for callers that carry credentials must never be stored by shared caches. */
const PRIVATE = { "Cache-Control": "private, no-store" };

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: PRIVATE });
}

/** Maps a thrown error to the API's error body: typed errors say what happened, anything else is logged. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const headers: Record<string, string> = { ...PRIVATE };
    const retry = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (retry) headers["Retry-After"] = String(retry);
    return Response.json(
      { error: { code: error.code, message: error.message, details: error.details } },
      { status: error.status, headers },
    );
  }
  if (isDatabaseUnavailable(error)) {
    return Response.json(
      { error: { code: "UNAVAILABLE", message: "The database is not available right now. Try again shortly." } },
      { status: 503, headers: { ...PRIVATE, "Retry-After": "10" } },
    );
  }
  console.error("unexpected API error", error);
  return Response.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side. It has been logged." } },
    { status: 500, headers: PRIVATE },
  );
}

/** Wraps a route handler so every failure becomes a typed JSON error. */
export function apiHandler<C>(handler: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
