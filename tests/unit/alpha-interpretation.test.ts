import { describe, expect, it } from "vitest";
import { interpretAlpha } from "@/lib/agreement/alpha-interpretation";

describe("Krippendorff's alpha interpretation", () => {
  it("reads α ≥ .800 as reliable, .667–.800 as tentative, below as not reliable", () => {
    expect(interpretAlpha(1).reading).toBe("reliable");
    expect(interpretAlpha(0.8).reading).toBe("reliable");
    expect(interpretAlpha(0.7999).reading).toBe("tentative");
    expect(interpretAlpha(0.667).reading).toBe("tentative");
    expect(interpretAlpha(0.6669).reading).toBe("unreliable");
    expect(interpretAlpha(-0.2)).toMatchObject({ reading: "unreliable", label: "not reliable" });
  });

  it("says when there are too few grades for an alpha", () => {
    expect(interpretAlpha(null)).toMatchObject({ reading: "undefined", label: "not enough grades" });
  });
});
