import { describe, expect, it } from "vitest";
import { clientIp, trustedProxyHops } from "@/lib/auth/client-ip";
import { productionSecretProblem } from "@/lib/auth/secret";
import { slugFamily, slugify } from "@/lib/documents/slug";

describe("slugify", () => {
  it.each([
    [
      "How Stem Cells Promote Neuroplasticity in Mental Health?",
      "how-stem-cells-promote-neuroplasticity-in-mental-health",
    ],
    ["Café — TNF-α   trials", "cafe-tnf-trials"],
    ["???", "document"],
  ])("%s", (title, slug) => expect(slugify(title)).toBe(slug));

  it("stays under 80 characters without a trailing hyphen", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("slugFamily", () => {
  it("drops every numeric suffix, so a base and the slugs picked after it lock the same family", () => {
    expect(slugFamily("trial")).toBe("trial");
    expect(slugFamily("trial-2")).toBe("trial");
    expect(slugFamily("trial-3-2")).toBe("trial");
    expect(slugFamily("covid-19-vaccine")).toBe("covid-19-vaccine");
    expect(slugFamily("2024")).toBe("2024");
  });
});

describe("clientIp", () => {
  const peer = { "x-claimwise-peer": "::ffff:192.0.2.9" };
  it("with no trusted proxy, is the TCP peer whatever X-Forwarded-For or X-Real-IP say", () => {
    expect(clientIp(new Headers({ ...peer, "x-forwarded-for": "203.0.113.7" }), 0)).toBe("::ffff:192.0.2.9");
    expect(clientIp({ ...peer, "x-real-ip": "10.1.1.1" }, 0)).toBe("::ffff:192.0.2.9");
    expect(clientIp({}, 0)).toBe("unknown");
  });
  it("behind N trusted proxies, is the entry the outermost one appended", () => {
    expect(clientIp({ ...peer, "x-forwarded-for": "6.6.6.6, 10.0.0.7" }, 1)).toBe("10.0.0.7");
    expect(clientIp({ ...peer, "x-forwarded-for": "6.6.6.6, 10.0.0.7, 10.0.0.1" }, 2)).toBe("10.0.0.7");
    expect(clientIp({ ...peer, "x-forwarded-for": "10.0.0.7" }, 2)).toBe("10.0.0.7");
    expect(clientIp(peer, 1)).toBe("::ffff:192.0.2.9");
  });
  it("reads TRUSTED_PROXIES as a hop count, anything else as none", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(trustedProxyHops("yes")).toBe(0);
    expect(trustedProxyHops("-1")).toBe(0);
  });
});

describe("productionSecretProblem", () => {
  it("refuses missing, placeholder and short secrets", () => {
    expect(productionSecretProblem(undefined)).toMatch(/not set/);
    expect(productionSecretProblem("changeme")).toMatch(/placeholder/);
    expect(productionSecretProblem("short-secret")).toMatch(/shorter/);
    expect(productionSecretProblem("x".repeat(32))).toBeNull();
  });
});
