import type { ClaimDraft } from "@/lib/claims/build-claims";
import { currentTierModel } from "@/lib/claims/installation-model";
import { claimFeatures, continuation, suggestTiers } from "@/lib/claims/suggest-tier";
import { type Label, tierScores } from "@/lib/claims/tier-metrics";
import type { ModelClass, TierModel } from "@/lib/claims/tier-model";
import { prepareImport } from "@/lib/documents/prepare-import";
import type { LabelledDocument, RubricLabel } from "./corpus";

/** Letters and digits only: boundaries are compared on the words, not on spacing or punctuation between cells. */
export const normalise = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

export const scoredLabel = (tier: RubricLabel | null): Label =>
  tier === "PRECLINICAL" || tier === "EARLY_HUMAN_TRIAL" || tier === "SPECULATIVE" ? tier : null;

/** The older fixtures' "no tier" does not say which kind: they are mostly textbook statements. */
export const modelClass = (tier: RubricLabel | null): ModelClass => tier ?? "ESTABLISHED";

/** One labelled claim next to the claim the importer made for it (null when no claim covers it). */
export interface Pair {
  document: string;
  text: string;
  expected: RubricLabel | null;
  hard: boolean;
  predicted: Label;
  confidence: number;
  cues: string[];
  features: string[];
  /** Whether the importer made a claim with these words (or containing them). */
  matched: boolean;
}

/** Finds the importer's claim for each labelled sentence: the same words, or else the claim that contains them. */
function matchClaims(doc: LabelledDocument, claims: { exact: string }[]): (number | null)[] {
  const keys = claims.map((c) => normalise(c.exact));
  let from = 0;
  return doc.claims.map((label) => {
    const key = normalise(label.text);
    const exact = doc.byPrefix
      ? keys.findIndex((k) => k.startsWith(key))
      : keys.findIndex((k, i) => i >= from && k === key);
    const found = exact >= 0 ? exact : keys.findIndex((k, i) => i >= from && key.length > 0 && k.includes(key));
    if (found < 0) return null;
    if (!doc.byPrefix) from = found;
    return found;
  });
}

/**
 * Imports a labelled document as the app does and pairs each label with the importer's claim and its suggestion.
 * `features` are what a fit learns from: the claim's own features, and how the previous sentence of its paragraph
 * is labelled (at import time the model's judgement of it stands in for the label).
 */
export function pairsOf(doc: LabelledDocument, model: TierModel = currentTierModel()) {
  const prepared = prepareImport(doc.format, doc.content);
  const segments = prepared.segments;
  const features = claimFeatures(segments);
  const suggestions = suggestTiers(segments, model);
  const matches = matchClaims(doc, prepared.claims);
  const labelAt = new Map<number, ModelClass>();
  doc.claims.forEach((label, i) => {
    const at = matches[i];
    if (at !== null && at !== undefined) labelAt.set(at, modelClass(label.tier));
  });
  const pairs: Pair[] = doc.claims.map((label, i) => {
    const at = matches[i] ?? null;
    const prediction = at === null ? null : suggestions[at]!;
    const own = at === null ? [] : [...features[at]!.keys()];
    const previous = at === null ? undefined : labelAt.get(at - 1);
    if (previous && segments[at! - 1]!.context.paragraph === segments[at!]!.context.paragraph)
      own.push(continuation(previous, features[at!]!));
    return {
      document: doc.name,
      text: label.text,
      expected: label.tier,
      hard: Boolean(label.hard),
      predicted: prediction?.tier ?? null,
      confidence: prediction?.confidence ?? 0,
      cues: prediction?.cues ?? [],
      features: own,
      matched: at !== null,
    };
  });
  return { pairs, claims: prepared.claims, prepared };
}

/** A labelled sentence no claim has the words of, or a claim no labelled sentence has the words of. */
export interface BoundaryMiss {
  doc: LabelledDocument;
  text: string;
}

/** Boundary precision/recall/F1: the importer's claims against the labelled sentences, as multisets of words. */
export function boundaryScore(docs: LabelledDocument[], claimsOf: (doc: LabelledDocument) => ClaimDraft[]) {
  let tp = 0;
  let predicted = 0;
  let expected = 0;
  const extra: BoundaryMiss[] = [];
  const missing: BoundaryMiss[] = [];
  for (const doc of docs) {
    if (doc.byPrefix) continue;
    const want = new Map<string, number>();
    for (const c of doc.claims) want.set(normalise(c.text), (want.get(normalise(c.text)) ?? 0) + 1);
    expected += doc.claims.length;
    for (const claim of claimsOf(doc)) {
      predicted++;
      const key = normalise(claim.exact);
      const n = want.get(key) ?? 0;
      if (n > 0) {
        tp++;
        want.set(key, n - 1);
      } else extra.push({ doc, text: claim.exact });
    }
    for (const c of doc.claims) {
      const key = normalise(c.text);
      const n = want.get(key) ?? 0;
      if (n > 0) {
        missing.push({ doc, text: c.text });
        want.set(key, n - 1);
      }
    }
  }
  const precision = predicted ? tp / predicted : 0;
  const recall = expected ? tp / expected : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, expected, extra, missing };
}

/**
 * The figures: per-tier scores and macro-F1 over the three tiers on the claims the rubric scores (its
 * ESTABLISHED and AMBIGUOUS sentences are "not scored"), and coverage, the share of those claims given a tier. A tier
 * put on an established or ambiguous sentence is reported apart (`strict`: counted as a false positive of that tier),
 * with the confusion matrix showing every row.
 */
export function tierReport(pairs: Pair[]) {
  const tiered = pairs.filter((p) => scoredLabel(p.expected) !== null);
  const scored = tierScores(tiered.map((p) => ({ expected: scoredLabel(p.expected), predicted: p.predicted })));
  const strict = tierScores(pairs.map((p) => ({ expected: scoredLabel(p.expected), predicted: p.predicted })));
  const coverage = tiered.length ? tiered.filter((p) => p.predicted !== null).length / tiered.length : 0;
  // Coverage where the importer found the sentence: what the model's abstention alone leaves without a tier.
  const found = tiered.filter((p) => p.matched);
  const coverageOfFound = found.length ? found.filter((p) => p.predicted !== null).length / found.length : 0;
  const noTier = pairs.filter((p) => scoredLabel(p.expected) === null);
  const tierOnNoTier = noTier.length ? noTier.filter((p) => p.predicted !== null).length / noTier.length : 0;
  const rows: (RubricLabel | "none")[] = [
    "PRECLINICAL",
    "EARLY_HUMAN_TRIAL",
    "SPECULATIVE",
    "ESTABLISHED",
    "AMBIGUOUS",
    "none",
  ];
  const cols: (Label | "none")[] = ["PRECLINICAL", "EARLY_HUMAN_TRIAL", "SPECULATIVE", "none"];
  const confusion = rows.map((row) =>
    cols.map((col) => pairs.filter((p) => (p.expected ?? "none") === row && (p.predicted ?? "none") === col).length),
  );
  return {
    ...scored,
    strictMacroF1: strict.macroF1,
    coverage,
    coverageOfFound,
    unfound: tiered.length - found.length,
    tierOnNoTier,
    scored: tiered.length,
    labelled: pairs.length,
    rows,
    cols,
    confusion,
  };
}

/**
 * How well confidence matches accuracy: matched claims binned by confidence (tenths); the expected calibration error
 * is the mean gap between a bin's confidence and its share of right suggestions ("no tier" is right for an
 * established or ambiguous sentence), weighted by the bin's size.
 */
export function calibration(pairs: Pair[]) {
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, n: 0, confidence: 0, right: 0 }));
  const matched = pairs.filter((p) => p.matched);
  for (const p of matched) {
    const bin = bins[Math.min(9, Math.floor(p.confidence * 10))]!;
    bin.n++;
    bin.confidence += p.confidence;
    if (p.predicted === scoredLabel(p.expected)) bin.right++;
  }
  const ece = matched.length ? bins.reduce((sum, b) => sum + Math.abs(b.confidence - b.right), 0) / matched.length : 0;
  return { ece, bins: bins.filter((b) => b.n > 0) };
}
