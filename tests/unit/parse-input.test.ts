import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { MAX_INPUT_DEPTH, parseInput } from "@/lib/validation/parse";

const anything = z.unknown();
const refusal = (input: unknown) => {
  try {
    parseInput(anything, input);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("accepted");
};

describe("parseInput's storability checks", () => {
  it("refuses JSON nested 10,000 levels deep as INVALID, without overflowing the stack", () => {
    const deep = JSON.parse(`{"body":${"[".repeat(10_000)}${"]".repeat(10_000)}}`);
    const error = refusal(deep);
    expect(error.code).toBe("INVALID");
    expect(error.message).toMatch(/nested more than 100 levels/);
  });

  it("accepts nesting up to the limit", () => {
    let value: unknown = "leaf";
    for (let i = 0; i < MAX_INPUT_DEPTH - 1; i++) value = [value];
    expect(parseInput(anything, value)).toBe(value);
  });

  it("refuses NUL characters in values and in keys, naming the field", () => {
    expect(refusal({ note: "a\u0000b" }).message).toMatch(/^note: This text contains a NUL character/);
    expect(refusal(JSON.parse('{"csl":{"\\u0000":1}}')).message).toMatch(/^csl\.\\0: This text contains a NUL/);
  });
});
