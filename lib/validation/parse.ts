import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

export type FieldErrors = Record<string, string[]>;

/** Deeper than any input the app produces (a rich-text body nests about two levels per list or quote). */
export const MAX_INPUT_DEPTH = 100;

type Problem = { kind: "nul" | "depth"; path: string[] };

/**
 * The first place where input cannot be stored or should not be walked: a string or key holding a NUL character
 * (Postgres refuses it in text and JSON), or nesting beyond MAX_INPUT_DEPTH. Iterative, so no input can exhaust the
 * stack here, and it stops before the schema's (recursive) checks ever see such a value.
 */
function problemIn(input: unknown): Problem | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string") {
      if (value.includes("\u0000")) return { kind: "nul", path };
      continue;
    }
    if (value === null || typeof value !== "object" || value instanceof Blob) continue;
    if (path.length >= MAX_INPUT_DEPTH) return { kind: "depth", path };
    for (const [key, child] of Object.entries(value)) {
      if (key.includes("\u0000")) return { kind: "nul", path: [...path, key] };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}

const PROBLEM_MESSAGE = {
  nul: "This text contains a NUL character (\\0), which cannot be stored. Remove it and try again.",
  depth: `This input is nested more than ${MAX_INPUT_DEPTH} levels deep.`,
};

/** INVALID for input that holds a NUL character or nests too deeply, naming the field. */
export function refuseUnstorable(input: unknown): void {
  const problem = problemIn(input);
  if (!problem) return;
  const field =
    problem.path
      .slice(0, 8)
      .map((key) => key.replaceAll("\u0000", "\\0"))
      .join(".") || "_";
  const message = PROBLEM_MESSAGE[problem.kind];
  throw new AppError("INVALID", field === "_" ? message : `${field}: ${message}`, { fields: { [field]: [message] } });
}

/** Parses input with a feature's schema; failures become INVALID with per-field messages for forms and the API. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  refuseUnstorable(input);
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
