import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "@/lib/agreement/krippendorff";

// The computational example of the Wikipedia article on Krippendorff's alpha: coders A, B and C, 15 units,
// * = missing. Published values: nominal 0.691, interval 0.811.
const WIKIPEDIA = [
  "*  *  *  *  *  3  4  1  2  1  1  3  3  *  3",
  "1  *  2  1  3  3  4  3  *  *  *  *  *  *  *",
  "*  *  2  1  3  4  4  *  2  1  1  3  3  *  4",
].map((row) => row.split(/\s+/).map((v) => (v === "*" ? null : Number(v))));
const units = WIKIPEDIA[0]!.map((_, u) => WIKIPEDIA.map((coder) => coder[u]).filter((v): v is number => v !== null));

describe("krippendorffAlpha", () => {
  it("matches the published nominal and interval values of the textbook example", () => {
    expect(krippendorffAlpha(units, "nominal")).toBeCloseTo(0.691, 3);
    expect(krippendorffAlpha(units, "interval")).toBeCloseTo(0.811, 3);
  });

  it("matches a hand computation with the ordinal metric", () => {
    // Units (1,1), (2,3), (3,3): n1 = 2, n2 = 1, n3 = 3, n = 6. Ordinal distances: d(1,2) = 2.25, d(2,3) = 4,
    // d(1,3) = 12.25. Do = 8/6, De = 2 * (2*1*2.25 + 2*3*12.25 + 1*3*4) / 30 = 6, alpha = 1 - (8/6)/6 = 7/9.
    const data = [
      [1, 1],
      [2, 3],
      [3, 3],
    ];
    expect(krippendorffAlpha(data, "ordinal")).toBeCloseTo(7 / 9, 10);
    expect(krippendorffAlpha(data, "nominal")).toBeCloseTo(6 / 11, 10);
  });

  it("is 1 for perfect agreement, undefined without variation or pairs", () => {
    expect(
      krippendorffAlpha(
        [
          [1, 1],
          [2, 2, 2],
          [3, 3],
        ],
        "ordinal",
      ),
    ).toBe(1);
    expect(
      krippendorffAlpha(
        [
          [2, 2],
          [2, 2],
        ],
        "ordinal",
      ),
    ).toBeNull();
    expect(krippendorffAlpha([[1], [2]], "nominal")).toBeNull();
  });

  it("goes below zero when coders disagree systematically", () => {
    expect(
      krippendorffAlpha(
        [
          [1, 2],
          [2, 1],
          [1, 2],
          [2, 1],
        ],
        "nominal",
      )!,
    ).toBeLessThan(0);
  });
});
