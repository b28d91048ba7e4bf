import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security-headers";

const header = (headers: { key: string; value: string }[], key: string) => headers.find((h) => h.key === key)?.value;

describe("securityHeaders", () => {
  it("adds HSTS when the public URL is https, and only then", () => {
    expect(header(securityHeaders("https://claimwise.example.org"), "Strict-Transport-Security")).toBe(
      "max-age=63072000; includeSubDomains",
    );
    expect(header(securityHeaders("http://localhost:3000"), "Strict-Transport-Security")).toBeUndefined();
    expect(header(securityHeaders(undefined), "Strict-Transport-Security")).toBeUndefined();
  });

  it("always sends a Content-Security-Policy", () => {
    expect(header(securityHeaders(undefined), "Content-Security-Policy")).toBe(contentSecurityPolicy());
  });
});

describe("contentSecurityPolicy", () => {
  it("with a nonce, allows only scripts carrying it (and what they load)", () => {
    const policy = contentSecurityPolicy("abc123");
    expect(policy).toContain("script-src 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("script-src 'self' 'unsafe-inline'");
  });

  it("forbids plugins, <base>, framing and foreign form targets either way", () => {
    for (const policy of [contentSecurityPolicy(), contentSecurityPolicy("n")]) {
      for (const directive of [
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
      ]) {
        expect(policy).toContain(directive);
      }
    }
  });
});
