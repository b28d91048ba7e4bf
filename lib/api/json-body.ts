import "server-only";
import { type Action, authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { hasMediaType, readBodyBytes, unsupportedType } from "./request-body";

const MAX_JSON_BYTES = 256 * 1024;

export const isJsonRequest = (request: Request) => hasMediaType(request, "application/json", ["charset"]);

/** A JSON object body of exactly `application/json`, at most `limit` bytes of UTF-8, or INVALID saying what was wrong. */
export async function readJsonObject(request: Request, limit: number): Promise<Record<string, unknown>> {
  if (!isJsonRequest(request)) throw unsupportedType("application/json");
  const bytes = await readBodyBytes(request, limit);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError("INVALID", "The request body must be a JSON object in UTF-8.");
  }
  if (!body || typeof body !== "object" || Array.isArray(body))
    throw new AppError("INVALID", "The request body must be a JSON object.");
  return body as Record<string, unknown>;
}

/**
 * A write's JSON body (at most 256 KB), read only once the caller may attempt `action`: anyone else is refused
 * before a byte of the body is read.
 */
export async function readJson(request: Request, actor: Actor, action: Action): Promise<Record<string, unknown>> {
  authorize(actor, action);
  return readJsonObject(request, MAX_JSON_BYTES);
}
