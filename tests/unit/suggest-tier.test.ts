import { describe, expect, it } from "vitest";
import { segment } from "@/lib/claims/segment";
import { suggestTier, suggestTiers } from "@/lib/claims/suggest-tier";
import { parseMarkdown } from "@/lib/documents/parse-markdown";
import { textBlocks } from "@/lib/rich-text/text-blocks";

const suggestionsOf = (markdown: string) => {
  const segments = segment(textBlocks(parseMarkdown(markdown).body));
  return suggestTiers(segments).map((s, i) => ({ text: segments[i]!.exact, ...s }));
};

describe("suggestTier (the committed model)", () => {
  it.each([
    ["MSCs restored behaviour in mice exposed to chronic stress.", "PRECLINICAL"],
    ["Neurons grown in vitro formed more synapses.", "PRECLINICAL"],
    ["A phase I/II trial enrolled 24 patients.", "EARLY_HUMAN_TRIAL"],
    ["Stem cell therapies represent a revolutionary approach to treating anxiety.", "SPECULATIVE"],
    ["Results in rats suggest the therapy may help.", "PRECLINICAL"],
  ])("%s -> %s", (text, tier) => {
    const suggestion = suggestTier(text);
    expect(suggestion.tier).toBe(tier);
    expect(suggestion.confidence).toBeGreaterThan(0.34);
    expect(suggestion.cues.length).toBeGreaterThan(0);
  });

  it("gives every suggestion a confidence and the features that decided it, with the words that fired them", () => {
    const suggestion = suggestTier("When given to aged mice, the extract improved memory.");
    expect(suggestion.tier).toBe("PRECLINICAL");
    expect(suggestion.cues.some((c) => c.includes("mice"))).toBe(true);
    expect(suggestion.confidence).toBeGreaterThan(0.5);
    expect(suggestion.confidence).toBeLessThanOrEqual(1);
  });

  it("judges a result sentence with no study word by the study described just before it", () => {
    const [study, result] = suggestionsOf(
      "A pilot study gave 14 adults the tincture for a month. Three months later, the treated group slept 20 minutes longer.",
    );
    expect(study!.tier).toBe("EARLY_HUMAN_TRIAL");
    expect(result!.tier).toBe("EARLY_HUMAN_TRIAL");
    expect(result!.cues.some((c) => c.includes("small human study"))).toBe(true);
  });
});
