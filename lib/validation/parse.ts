import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

export type FieldErrors = Record<string, string[]>;

/** Parses input with a feature's schema; failures become INVALID with per-field messages for forms and the API. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
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
