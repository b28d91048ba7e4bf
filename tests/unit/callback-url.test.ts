import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

const SITE = "https://claimwise.example";

describe("safeCallbackUrl", () => {
  it.each([
    ["/documents/x", "/documents/x"],
    ["/documents/x?tier=SPECULATIVE#claim-1", "/documents/x?tier=SPECULATIVE#claim-1"],
    [`${SITE}/account`, "/account"],
  ])("keeps the local path %s", (raw, expected) => {
    expect(safeCallbackUrl(raw, SITE)).toBe(expected);
  });

  it.each([
    "https://evil.example/",
    "//evil.example/path",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http://claimwise.example.evil.example/",
    "/signin?callbackUrl=/signin",
    "/api/auth/signout",
    "",
    "   ",
  ])("falls back to / for %j", (raw) => {
    expect(safeCallbackUrl(raw, SITE)).toBe("/");
  });

  it("refuses absolute URLs when no site origin is known", () => {
    expect(safeCallbackUrl(`${SITE}/account`)).toBe("/");
  });
});
