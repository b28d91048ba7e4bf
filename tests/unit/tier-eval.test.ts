import { describe, expect, it } from "vitest";
import type { TierModel } from "@/lib/claims/tier-model";
import committed from "@/lib/claims/tier-model.json";
import { loadSplit } from "../eval/corpus";
import { boundaryScore, pairsOf, tierReport } from "../eval/evaluate";

const model = committed as TierModel;

// Floors at the figures the committed model reached (npm run eval:claims: TEST macro-F1 90.3% over the three tiers on
// the 286 claims the rubric scores, coverage 98.3%, and 80.6% when tiers put on established or ambiguous sentences
// count as errors); the TEST split (written blind to the model) is never fitted on, so a change to the features, the
// segmentation or the weights that makes held-out articles worse fails here.
describe("the committed tier model on the labelled corpus", () => {
  const test = loadSplit("test");
  const dev = loadSplit("dev");
  const results = test.map((doc) => ({ doc, ...pairsOf(doc, model) }));

  it("keeps the TEST split's macro-F1 and coverage at least where they are", () => {
    const report = tierReport(results.flatMap((r) => r.pairs));
    expect(report.labelled).toBeGreaterThan(380);
    expect(report.scored).toBeGreaterThan(280);
    expect(report.macroF1).toBeGreaterThanOrEqual(0.902);
    expect(report.strictMacroF1).toBeGreaterThanOrEqual(0.805);
    expect(report.coverage).toBeGreaterThanOrEqual(0.982);
  });

  // Boundary floors at the figures reached (TEST 96.7%, DEV 98.4%, VALID 98.6%): a change to the import or the
  // segmenter that splits, merges or drops more sentences fails here.
  it("finds the labelled sentences as claims: boundary F1 on TEST, DEV and VALID at least where it is", () => {
    const claimsOf = new Map(results.map((r) => [r.doc, r.claims]));
    expect(boundaryScore(test, (doc) => claimsOf.get(doc)!).f1).toBeGreaterThanOrEqual(0.966);
    const devClaims = new Map(dev.map((doc) => [doc, pairsOf(doc, model).claims]));
    expect(boundaryScore(dev, (doc) => devClaims.get(doc)!).f1).toBeGreaterThanOrEqual(0.983);
    const valid = loadSplit("valid");
    const validClaims = new Map(valid.map((doc) => [doc, pairsOf(doc, model).claims]));
    expect(boundaryScore(valid, (doc) => validClaims.get(doc)!).f1).toBeGreaterThanOrEqual(0.985);
    // Imports every DEV and VALID article (40 of them) with the app's own importer: seconds on a busy machine.
  }, 40_000);

  it("finds every labelled claim of the older fixtures", () => {
    const pairs = loadSplit("fixtures").flatMap((doc) => pairsOf(doc, model).pairs);
    expect(pairs.filter((p) => !p.matched).map((p) => p.text)).toEqual([]);
    // Fitted on, but regularised (chosen by DEV cross-validation), so not reproduced perfectly (about 89%).
    expect(tierReport(pairs).macroF1).toBeGreaterThanOrEqual(0.88);
  });
});
