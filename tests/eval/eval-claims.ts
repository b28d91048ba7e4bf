// `npm run eval:claims [-- --misses]`: how well the importer's claims and suggested tiers agree with the labelled
// corpus (tests/eval/corpus, judged by ../shared/tier-rubric.md) and the older fixtures. `--misses` lists the DEV and
// VALID splits' boundary misses (with the reason where it can be told) and disagreements: the TEST split is for
// reporting, never for error analysis, so its misses are never printed.
import { TIER_LABELS } from "@/lib/claims/tiers";
import { whyExtra, whyMissing } from "./boundary-misses";
import { type LabelledDocument, loadSplit, type Split } from "./corpus";
import { boundaryScore, calibration, pairsOf, tierReport } from "./evaluate";

const pct = (n: number) => `${(100 * n).toFixed(1)}%`.padStart(7);

function report(split: Split, docs: LabelledDocument[]) {
  const results = docs.map((doc) => ({ doc, ...pairsOf(doc) }));
  const r = tierReport(results.flatMap((x) => x.pairs));
  const boundary = boundaryScore(docs, (doc) => results.find((x) => x.doc === doc)!.claims);
  const fitted = {
    test: "never fitted on",
    valid: "never fitted on; for error analysis",
    dev: "fitted on: `npm run train:claims -- --cv` gives held-out figures",
    fixtures: "fitted on: `npm run train:claims -- --cv` gives held-out figures",
  }[split];
  console.log(`\n== ${split.toUpperCase()} (${fitted}): ${docs.length} documents, ${r.labelled} labelled sentences`);
  console.log(`${"tier".padEnd(20)}precision  recall      F1  support`);
  for (const s of r.scores) {
    console.log(
      `${TIER_LABELS[s.tier].padEnd(20)}${pct(s.precision)}  ${pct(s.recall)} ${pct(s.f1)}  ${String(s.support).padStart(7)}`,
    );
  }
  console.log(
    `${"macro F1".padEnd(20)}${" ".repeat(18)}${pct(r.macroF1)}  (over the three tiers, ${r.scored} scored claims)`,
  );
  console.log(
    `${"coverage".padEnd(20)}${" ".repeat(18)}${pct(r.coverage)}  (scored claims given a tier; ${pct(r.coverageOfFound).trim()} of those the importer found, ${r.unfound} not found)`,
  );
  console.log(
    `${"not scored".padEnd(20)}${" ".repeat(18)}${pct(r.tierOnNoTier)}  of ${r.labelled - r.scored} unscored (established, ambiguous) sentences given a tier; macro F1 counting those as errors ${pct(r.strictMacroF1).trim()}`,
  );
  const calibrated = calibration(results.flatMap((x) => x.pairs));
  console.log(
    `${"calibration error".padEnd(20)}${" ".repeat(18)}${pct(calibrated.ece)}  (confidence against accuracy; right/n by confidence: ${calibrated.bins.map((b) => `${b.from.toFixed(1)}+ ${b.right}/${b.n}`).join(", ")})`,
  );
  if (boundary.expected) {
    console.log(
      `${"boundary F1".padEnd(20)}${" ".repeat(18)}${pct(boundary.f1)}  (P ${pct(boundary.precision).trim()}, R ${pct(boundary.recall).trim()})`,
    );
  }
  console.log(
    `confusion (rows: label, columns: suggestion)\n${"".padEnd(20)}${r.cols.map((c) => (c ?? "none").slice(0, 11).padStart(12)).join("")}`,
  );
  r.rows.forEach((row, i) => {
    if (r.confusion[i]!.some((n) => n > 0))
      console.log(`${row.padEnd(20)}${r.confusion[i]!.map((n) => String(n).padStart(12)).join("")}`);
  });
  const unmatched = results.flatMap((x) => x.pairs).filter((p) => !p.matched);
  if (unmatched.length) console.log(`labels that match no claim: ${unmatched.length}`);
  if (process.argv.includes("--misses") && split !== "test") {
    const prepared = (doc: LabelledDocument) => results.find((x) => x.doc === doc)!.prepared;
    console.log("\nboundary: labelled sentences not produced as claims");
    for (const m of boundary.missing)
      console.log(`  [${m.doc.name}] ${m.text}\n      -> ${whyMissing(m, prepared(m.doc))}`);
    console.log("boundary: claims produced that no label names");
    for (const m of boundary.extra) console.log(`  [${m.doc.name}] ${m.text}\n      -> ${whyExtra(m)}`);
    for (const p of unmatched) console.log(`  unmatched [${p.document}] ${p.text}`);
    console.log("\ndisagreements:");
    for (const p of results.flatMap((x) => x.pairs)) {
      if ((p.expected === "ESTABLISHED" || p.expected === "AMBIGUOUS" ? null : p.expected) === p.predicted) continue;
      console.log(
        `  [${p.document}]${p.hard ? " (hard)" : ""} expected ${p.expected ?? "none"}, suggested ${p.predicted ?? "none"} ${p.confidence} (${p.cues.join("; ") || "no cue"}): ${p.text.slice(0, 110)}`,
      );
    }
  }
  return r;
}

const splits: Split[] = ["dev", "valid", "test", "fixtures"];
for (const split of splits) {
  const docs = loadSplit(split);
  if (docs.length) report(split, docs);
}
