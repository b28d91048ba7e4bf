import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

export type FieldErrors = Record<string, string[]>;

/** The first path at which a string holds a NUL character, which Postgres cannot store in text or JSON. */
function nulAt(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (value === null || typeof value !== "object" || value instanceof Blob) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = nulAt(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** Parses input with a feature's schema; failures become INVALID with per-field messages for forms and the API. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const nul = nulAt(input);
  if (nul) {
    const field = nul.join(".") || "_";
    const message = "This text contains a NUL character (\\0), which cannot be stored. Remove it and try again.";
    throw new AppError("INVALID", field === "_" ? message : `${field}: ${message}`, { fields: { [field]: [message] } });
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  const summary = Object.entries(fields)
    .map(([field, messages]) => (field === "_" ? messages[0] : `${field}: ${messages[0]}`))
    .join(" ");
  throw new AppError("INVALID", summary, { fields });
}
