import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { segment } from "@/lib/claims/segment";
import { parseMarkdown } from "@/lib/documents/parse-markdown";
import { parseText } from "@/lib/documents/parse-text";
import { plainText } from "@/lib/rich-text/plain-text";
import { textBlocks } from "@/lib/rich-text/text-blocks";

const seedText = fs.readFileSync(
  path.join(import.meta.dirname, "../../prisma/seed/stem-cells-neuroplasticity.txt"),
  "utf8",
);

function claimsOf(source: string) {
  const { body } = parseText(source);
  const text = plainText(body);
  const segments = segment(textBlocks(body));
  for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.exact);
  return segments;
}

describe("segment", () => {
  it("never splits on abbreviations, decimals or gene names", () => {
    const claims = claimsOf(
      "Studies in rodents (e.g., mice and rats) show gains, i.e. better memory. Smith et al. reported 2.5 times more " +
        "TNF-α vs. controls. Dr. Jones disagreed with approx. 40% of the findings. Is the effect real in humans?",
    );
    expect(claims.map((c) => c.exact)).toEqual([
      "Studies in rodents (e.g., mice and rats) show gains, i.e. better memory.",
      "Smith et al. reported 2.5 times more TNF-α vs. controls.",
      "Dr. Jones disagreed with approx. 40% of the findings.",
      "Is the effect real in humans?",
    ]);
  });

  it("reads a full stop before a lower-case word as an abbreviation's, and a sentence start after a reference mark", () => {
    const claims = claimsOf(
      "The trial ran for 6 wk. and was run in the U.S. by one team. Doses were given i.p. daily. It was tested... and " +
        "it worked. Vitamins, minerals, etc. Nothing else. The compound works in cells.[3] The next step is a trial.² " +
        "Then a second one.",
    );
    expect(claims.map((c) => c.exact)).toEqual([
      "The trial ran for 6 wk. and was run in the U.S. by one team.",
      "Doses were given i.p. daily.",
      "It was tested... and it worked.",
      "Vitamins, minerals, etc.",
      "Nothing else.",
      "The compound works in cells.[3]",
      "The next step is a trial.²",
      "Then a second one.",
    ]);
  });

  it("ends sentences inside a quotation, but not at an initial, and after a footnote mark", () => {
    const claims = claimsOf(
      '"I used to catch every cold my kids brought home. Not this winter!" says Dr. A. B. Smith. 94% felt a ' +
        "difference.* Yes. Just to add: it must not be taken with codeine.",
    );
    expect(claims.map((c) => c.exact)).toEqual([
      '"I used to catch every cold my kids brought home.',
      'Not this winter!" says Dr. A. B. Smith.',
      "94% felt a difference.*",
      "Yes.",
      "Just to add: it must not be taken with codeine.",
    ]);
  });

  it("joins the lines of a hard-wrapped paragraph, not a user name above a post, and ends a sentence in single quotes", () => {
    const claims = claimsOf(
      "People who drink water with more lithium may be less likely to develop\ndementia, a study of 800,000 Danes " +
        "found.\nnight_owl_88\nbeen on it two weeks.\n'We expect approval soon.' The trial starts in May.",
    );
    expect(claims.map((c) => c.exact)).toEqual([
      "People who drink water with more lithium may be less likely to develop dementia, a study of 800,000 Danes found.",
      "been on it two weeks.",
      "'We expect approval soon.'",
      "The trial starts in May.",
    ]);
  });

  it("takes an emoji at the end of an informal line for its full stop", () => {
    const claims = claimsOf("Best supplement I have ever taken 🙌\nMenu item without a stop");
    expect(claims.map((c) => c.exact)).toEqual(["Best supplement I have ever taken 🙌"]);
  });

  it("takes a chat word ending an informal line for its full stop, but not the same word inside a line", () => {
    const claims = claimsOf(
      "A mouse study says it slowed tumours, so it'll be a cancer drug soon lol\nLol cats and memes of the week",
    );
    expect(claims.map((c) => c.exact)).toEqual([
      "A mouse study says it slowed tumours, so it'll be a cancer drug soon lol",
    ]);
  });

  it("keeps a lead-in ending with a colon out of the claims, as the context of its list", () => {
    const claims = claimsOf(
      "Some enthusiasts go further:\n  • Red light rejuvenates every cell in the body.\nNext paragraph here.",
    );
    expect(claims.map((c) => c.exact)).toEqual([
      "Red light rejuvenates every cell in the body.",
      "Next paragraph here.",
    ]);
    expect(claims[0]!.context.leadIn).toBe("Some enthusiasts go further:");
    expect(claims[1]!.context.leadIn).toBeNull();
  });

  it("ends a sentence at a full stop inside a closing quote", () => {
    const claims = claimsOf(
      'The charity said the drug "could change the outlook for dementia." Its chief executive was more cautious.',
    );
    expect(claims.map((c) => c.exact)).toEqual([
      'The charity said the drug "could change the outlook for dementia."',
      "Its chief executive was more cautious.",
    ]);
  });

  // The sentences of the next four tests are invented for them.
  it("ends a sentence at an emoji before a capital, not before a word in lower case nor at a copyright sign", () => {
    const claims = claimsOf(
      "My knees feel way better 💪 Anyone else tried it? Took it at night once 🤢 so mornings only now. " +
        "Great stuff ☕️ Will report back. Shop © 2026 Widgetco Ltd. All rights kept.",
    );
    expect(claims.map((c) => c.exact)).toEqual([
      "My knees feel way better 💪",
      "Anyone else tried it?",
      "Took it at night once 🤢 so mornings only now.",
      "Great stuff ☕️",
      "Will report back.",
      "Shop © 2026 Widgetco Ltd.",
      "All rights kept.",
    ]);
  });

  it("keeps a proper name after a country's initials in the sentence, but not the next sentence", () => {
    const claims = claimsOf(
      "The device has not been cleared by the U.S. Food and Drug Administration. It sells well in the U.K. The " +
        "maker plans a trial.",
    );
    expect(claims.map((c) => c.exact)).toEqual([
      "The device has not been cleared by the U.S. Food and Drug Administration.",
      "It sells well in the U.K.",
      "The maker plans a trial.",
    ]);
  });

  it("leaves a sentence's label set in bold out of its claim, as its context, whatever its case", () => {
    const { body } = parseMarkdown(
      "**Reader question:** I'm 40 and sleep badly. Is it worth trying?\n\nJust to add: it must not be taken late.",
    );
    const claims = segment(textBlocks(body));
    expect(claims.map((c) => c.exact)).toEqual([
      "I'm 40 and sleep badly.",
      "Is it worth trying?",
      "Just to add: it must not be taken late.",
    ]);
    expect(claims.map((c) => c.context.leadIn)).toEqual(["Reader question:", null, null]);
  });

  it("makes no second claim of a sentence quoted again, whole or its beginning, but does of a short reply", () => {
    const claims = claimsOf(
      [
        "Mice given the powder lived about 10% longer... and were leaner. Yes.",
        "member_one said:",
        "Mice given the powder lived about 10% longer...",
        "Click to expand...",
        "Right, and that is the problem. Yes.",
      ].join("\n"),
    );
    expect(claims.map((c) => c.exact)).toEqual([
      "Mice given the powder lived about 10% longer... and were leaner.",
      "Yes.",
      "Right, and that is the problem.",
      "Yes.",
    ]);
  });

  it("makes a claim of a sentence restated under another section", () => {
    const { body } = parseMarkdown(
      "## Results\n\nMice given the powder lived longer.\n\n## Summary\n\nMice given the powder lived longer.",
    );
    expect(segment(textBlocks(body)).map((c) => c.exact)).toEqual([
      "Mice given the powder lived longer.",
      "Mice given the powder lived longer.",
    ]);
  });

  // Invented sentences.
  it("reads a unit's full stop before lower case as an abbreviation, and ends sentences after an acronym and an ellipsis character before a capital", () => {
    const claims = claimsOf(
      "Patients took 500 mg. twice a day. We enrolled 30 pts. with MS. All improved. It helped… Or so they said. " +
        "It helped… and then it stopped. Mice ran 2 km. farther.",
    );
    expect(claims.map((c) => c.exact)).toEqual([
      "Patients took 500 mg. twice a day.",
      "We enrolled 30 pts. with MS.",
      "All improved.",
      "It helped…",
      "Or so they said.",
      "It helped… and then it stopped.",
      "Mice ran 2 km. farther.",
    ]);
  });

  it("ends a sentence after a reference mark that lost its superscript, or a Markdown footnote's, not in a decimal", () => {
    const claims = claimsOf(
      "It slowed tumours in mice.12 A trial is planned.3,4 It costs 1.5 Euros. It works.[^2] Yes.",
    );
    expect(claims.map((c) => c.exact)).toEqual([
      "It slowed tumours in mice.12",
      "A trial is planned.3,4",
      "It costs 1.5 Euros.",
      "It works.[^2]",
      "Yes.",
    ]);
  });

  it("keeps a closing quote with its quotation, and the words after it in lower case in the same sentence", () => {
    const claims = claimsOf("“Will it help?” she asked. “Yes!” Nobody else knew.");
    expect(claims.map((c) => c.exact)).toEqual(["“Will it help?” she asked.", "“Yes!”", "Nobody else knew."]);
  });

  it("leaves a list item's label out of its claim", () => {
    const [claim] = claimsOf("Intro\nintro\n  • Hippocampal Atrophy: Chronic stress shrinks the hippocampus.");
    expect(claim!.exact).toBe("Chronic stress shrinks the hippocampus.");
    expect(claim!.section).toBe(null);
  });

  it("splits the seed article into claims a domain expert would accept", () => {
    const { body } = parseText(seedText);
    const headings = textBlocks(body)
      .filter((b) => b.node.type === "heading")
      .map((b) => b.text);
    const claims = claimsOf(seedText);
    expect(claims.length).toBeGreaterThan(40);
    for (const claim of claims) {
      expect(headings).not.toContain(claim.exact);
      expect(claim.exact).not.toMatch(/^[a-z0-9.-]+-[a-z0-9.-]+$/);
      expect(claim.exact).toMatch(/[.!?:)]$/);
      expect(claim.exact).not.toMatch(/^(Reduced Synaptogenesis|Hippocampal Atrophy|Neuronal Survival):/);
    }
    const texts = claims.map((c) => c.exact);
    expect(texts).toContain(
      "Chronic stress and dysregulated cortisol levels lead to the shrinkage of the hippocampus, a critical region for mood regulation and memory.",
    );
    expect(texts.some((t) => t.includes("(such as TNF-α and IL-1β)"))).toBe(true);
    expect(texts.some((t) => t.startsWith("In animal models of depression"))).toBe(false);
    const animal = claims.find((c) => c.exact.startsWith("Mesenchymal stem cells (MSCs) have been shown"));
    expect(animal?.section).toBe("Animal Model Studies");
    expect(animal?.context.leadIn).toMatch(/^In animal models of depression.*:$/);
  });
});
