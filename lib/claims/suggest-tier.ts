import type { ClaimTier } from "@/lib/generated/prisma/enums";

export interface TierSuggestion {
  tier: ClaimTier | null;
  /** The words and phrases that decided it, as found in the text ("section: …" for heading context). */
  cues: string[];
}

type CueSet = { tier: ClaimTier; patterns: RegExp[] };

const word = (s: string) => new RegExp(`\\b${s}\\b`, "i");

/** Evidence from animals or the laboratory. */
const PRECLINICAL: CueSet = {
  tier: "PRECLINICAL",
  patterns: [
    "animal models?",
    "animal stud(?:y|ies)",
    "in animals",
    "rodents?",
    "mice",
    "mouse",
    "rats?",
    "murine",
    "zebrafish",
    "primates?",
    "in vitro",
    "cell cultures?",
    "cultured",
    "pre-?clinical",
    "laboratory stud(?:y|ies)",
    "petri dish",
  ].map(word),
};

/** Small or early studies in people. */
const EARLY_HUMAN: CueSet = {
  tier: "EARLY_HUMAN_TRIAL",
  patterns: [
    "phase (?:I/II|1/2|II|I|1|2)[ab]?",
    "early[- ]phase",
    "first[- ]in[- ]human",
    "pilot (?:study|studies|trial|trials)",
    "open[- ]label",
    "case series",
    "case reports?",
    "clinical trials?",
    "human (?:clinical )?(?:trials?|studies|study)",
    "patients (?:treated|who received|receiving|given|were treated|have reported|reported)",
    "participants",
    "\\d+ (?:of \\d+ )?(?:patients|adults|volunteers|people)",
    "small (?:trials?|studies|study|cohorts?)",
    "in humans",
  ].map(word),
};

/** Hedges, hopes and promotional language: the claim runs ahead of its evidence. */
const SPECULATIVE: CueSet = {
  tier: "SPECULATIVE",
  patterns: [
    "may",
    "might",
    "could",
    "potential(?:ly)?",
    "promising",
    "revolutionary",
    "revolutioni[sz]e",
    "game[- ]changer",
    "breakthrough",
    "miracle",
    "cure[sd]?",
    "hope",
    "emerging",
    "future",
    "possibl[ey]",
    "it is believed",
    "is thought to",
    "theoretically",
    "paradigm shift",
  ].map(word),
};

const CUE_SETS = [PRECLINICAL, EARLY_HUMAN, SPECULATIVE];

/** Section headings that say what kind of evidence follows ("Animal Model Studies", "Human Clinical Trials"). */
const SECTION_CONTEXT: { tier: ClaimTier; pattern: RegExp }[] = [
  { tier: "PRECLINICAL", pattern: /\b(animal|preclinical|rodent|mice|in vitro|laboratory)\b/i },
  { tier: "EARLY_HUMAN_TRIAL", pattern: /\b(human|clinical trials?|patients|pilot)\b/i },
  { tier: "SPECULATIVE", pattern: /\b(future|potential|promise|emerging|outlook|hope)\b/i },
];

function matches(set: CueSet, text: string): string[] {
  const found: string[] = [];
  for (const pattern of set.patterns) {
    const m = pattern.exec(text);
    if (m) found.push(m[0]);
  }
  return found;
}

/**
 * A transparent suggestion: the claim's own cue words decide, evidence before hedging (a hedged animal finding is
 * still preclinical); without any, the section heading's context does; without that, no suggestion. A preclinical
 * cue beats a human-trial cue, since a claim that mentions animals at all is at best preclinical for people.
 */
export function suggestTier(text: string, section: string | null = null): TierSuggestion {
  for (const set of CUE_SETS) {
    const cues = matches(set, text);
    if (cues.length > 0) return { tier: set.tier, cues };
  }
  if (section) {
    for (const context of SECTION_CONTEXT) {
      if (context.pattern.test(section)) return { tier: context.tier, cues: [`section: ${section}`] };
    }
  }
  return { tier: null, cues: [] };
}
