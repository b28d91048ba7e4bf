import { describe, expect, it, vi } from "vitest";

describe("AppError", () => {
  it("is recognised whichever copy of the module made it (Next.js gives each bundle its own copy)", async () => {
    const route = await import("@/lib/errors/app-error");
    vi.resetModules();
    const instrumentation = await import("@/lib/errors/app-error");
    expect(instrumentation.AppError).not.toBe(route.AppError);
    const error = new instrumentation.AppError("NOT_FOUND", "That document does not exist.");
    expect(error instanceof route.AppError).toBe(true);
    expect(error).toMatchObject({ code: "NOT_FOUND", status: 404 });
    expect(new Error("plain") instanceof route.AppError).toBe(false);
    expect({ code: "NOT_FOUND" } instanceof route.AppError).toBe(false);
  });
});
