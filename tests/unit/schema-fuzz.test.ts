// Fuzz: every zod schema in lib/ (found by scanning the modules that import zod) meets arbitrary values, and
// arbitrary values shaped like its own fields. Parsing may refuse, never throw; parseInput only ever throws
// INVALID. Vitest fails the run on any unhandled rejection as well.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/parse";

const root = path.join(import.meta.dirname, "../..");
const modules = fs
  .readdirSync(path.join(root, "lib"), { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts") && !file.startsWith("generated"))
  .filter((file) => /from "zod"/.test(fs.readFileSync(path.join(root, "lib", file), "utf8")));

const schemas: [string, z.ZodType][] = [];
for (const file of modules) {
  const exports = (await import(/* @vite-ignore */ path.join(root, "lib", file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(exports)) {
    if (value instanceof z.ZodType) schemas.push([`${file}: ${name}`, value]);
  }
}

/** Objects with the schema's own keys (so the fuzz reaches past "expected an object") holding anything. */
function shaped(schema: z.ZodType): fc.Arbitrary<unknown> {
  const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  if (keys.length === 0) return fc.anything();
  return fc.record(Object.fromEntries(keys.map((k) => [k, fc.oneof(fc.anything(), fc.string(), fc.integer())])), {
    requiredKeys: [],
  });
}

describe("zod schemas under fuzz", () => {
  it("finds the schemas (at least one per feature)", () => {
    expect(schemas.length).toBeGreaterThan(20);
  });

  for (const [name, schema] of schemas) {
    it(`${name} refuses or accepts, never throws`, () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.anything(),
            fc.json().map((j) => JSON.parse(j) as unknown),
            shaped(schema),
          ),
          (value) => {
            try {
              parseInput(schema, value);
            } catch (error) {
              expect(error).toBeInstanceOf(AppError);
              expect((error as AppError).code).toBe("INVALID");
            }
          },
        ),
        { numRuns: 200 },
      );
    });
  }
});
