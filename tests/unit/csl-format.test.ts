import { describe, expect, it } from "vitest";
import { type CslItem, formatReferences } from "@/lib/citations/csl";

// Invented works (test data only): two by the same authors in the same year, one by others.
const work = (title: string, family = "Okafor"): CslItem => ({
  type: "article-journal",
  title,
  author: [
    { family, given: "A." },
    { family: "Lindqvist", given: "M." },
  ],
  "container-title": "Journal of Affective Disorders",
  issued: { "date-parts": [[2015]] },
});
const first = work("Stem cell study 1 in a rodent model");
const second = work("Stem cell study 2 in a rodent model");
const other = work("An earlier study by other authors", "Abara");

describe("APA references", () => {
  it("give same-author same-year works no year suffix: each reads the same alone as together", () => {
    const together = formatReferences([second, other, first], "apa");
    expect(together[0]).toBe(
      "Okafor, A., & Lindqvist, M. (2015). Stem cell study 2 in a rodent model. Journal of Affective Disorders.",
    );
    expect(together[2]).toBe(
      "Okafor, A., & Lindqvist, M. (2015). Stem cell study 1 in a rodent model. Journal of Affective Disorders.",
    );
    expect(formatReferences([first], "apa")).toEqual([together[2]]);
    expect(formatReferences([second], "apa")).toEqual([together[0]]);
  });

  it("keep the caller's order, not APA's alphabetical one", () => {
    const texts = formatReferences([second, other, first], "apa");
    expect(texts.map((t) => t.match(/study \d|earlier/)?.[0])).toEqual(["study 2", "earlier", "study 1"]);
  });
});
