import type { Certainty, Concern } from "@/lib/generated/prisma/enums";
import type { Domain, Upgrade } from "./schemas";

/** GRADE's own notation from summary-of-findings tables (DESIGN.md). */
export const CERTAINTY: Record<Certainty, { symbol: string; label: string; meaning: string }> = {
  HIGH: { symbol: "⊕⊕⊕⊕", label: "High", meaning: "The true effect is very likely close to the estimate." },
  MODERATE: { symbol: "⊕⊕⊕◯", label: "Moderate", meaning: "The true effect is probably close to the estimate." },
  LOW: { symbol: "⊕⊕◯◯", label: "Low", meaning: "The true effect may be substantially different." },
  VERY_LOW: { symbol: "⊕◯◯◯", label: "Very low", meaning: "The true effect is probably substantially different." },
};

export const CONCERN_LABELS: Record<Concern, string> = {
  NOT_SERIOUS: "Not serious",
  SERIOUS: "Serious (−1)",
  VERY_SERIOUS: "Very serious (−2)",
};

export const DOMAIN_INFO: Record<Domain, { label: string; help: string }> = {
  riskOfBias: {
    label: "Risk of bias",
    help: "Flaws in how the studies were designed or run (randomisation, blinding, loss to follow-up).",
  },
  inconsistency: { label: "Inconsistency", help: "Studies disagree with each other more than chance explains." },
  indirectness: {
    label: "Indirectness",
    help: "The evidence is about other people, interventions or outcomes than the claim (animals for humans, surrogate markers).",
  },
  imprecision: { label: "Imprecision", help: "Few participants or events; wide confidence intervals." },
  publicationBias: {
    label: "Publication bias",
    help: "Studies with unwelcome results are likely missing (small, industry-funded, only positive).",
  },
};

export const UPGRADE_INFO: Record<Upgrade, { label: string; help: string }> = {
  largeEffect: { label: "Large effect", help: "The effect is so large that bias alone is unlikely to explain it." },
  doseResponse: { label: "Dose-response gradient", help: "More of the exposure gives more of the effect." },
  plausibleConfounding: {
    label: "Plausible confounding would reduce the effect",
    help: "Remaining biases would make the observed effect smaller, not larger.",
  },
};
