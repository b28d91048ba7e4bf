import { describe, expect, it } from "vitest";
import { suggestTier } from "@/lib/claims/suggest-tier";

describe("suggestTier", () => {
  it.each([
    [
      "In animal models of depression, stem cell transplantation has shown promising results.",
      "PRECLINICAL",
      "animal models",
    ],
    ["MSCs restored behaviour in mice exposed to chronic stress.", "PRECLINICAL", "mice"],
    ["Neurons grown in vitro formed more synapses.", "PRECLINICAL", "in vitro"],
    ["Early-phase human clinical trials also show positive results.", "EARLY_HUMAN_TRIAL", "Early-phase"],
    ["A phase I/II trial enrolled 24 patients.", "EARLY_HUMAN_TRIAL", "phase I/II"],
    [
      "Patients treated with intranasal MSCs have reported improvements in mood.",
      "EARLY_HUMAN_TRIAL",
      "Patients treated",
    ],
    ["Stem cell therapies represent a revolutionary approach to treating anxiety.", "SPECULATIVE", "revolutionary"],
    ["This synergistic approach can be a game-changer in treating mood disorders.", "SPECULATIVE", "game-changer"],
    ["Stem cell therapy could provide a safer alternative.", "SPECULATIVE", "could"],
  ])("%s -> %s", (text, tier, cue) => {
    const suggestion = suggestTier(text);
    expect(suggestion.tier).toBe(tier);
    expect(suggestion.cues).toContain(cue);
  });

  it("prefers the evidence cue over hedging in the same claim", () => {
    expect(suggestTier("Results in rats suggest the therapy may help.").tier).toBe("PRECLINICAL");
  });

  it("falls back to the section heading, and says so", () => {
    expect(suggestTier("These therapies are often well-tolerated.", "Human Clinical Trials")).toEqual({
      tier: "EARLY_HUMAN_TRIAL",
      cues: ["section: Human Clinical Trials"],
    });
  });

  it("suggests nothing without a cue", () => {
    expect(suggestTier("Astrocytes are a type of glial cell.", "Background")).toEqual({ tier: null, cues: [] });
  });

  it("matches whole words only", () => {
    expect(suggestTier("The ratio of grey matter changed; a mayor spoke.").tier).toBeNull();
  });
});
