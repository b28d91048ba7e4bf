import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";
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
  it("takes the address our proxy appended, not one the client sent", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientIp({ "x-forwarded-for": "127.0.0.1" })).toBe("127.0.0.1");
    expect(clientIp({ "x-real-ip": "10.1.1.1" })).toBe("10.1.1.1");
    expect(clientIp({})).toBe("unknown");
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
