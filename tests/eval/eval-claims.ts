// `npm run eval:claims [-- --misses]`: how well the tier classifier agrees with a reviewer's labels.
import { TIER_LABELS } from "@/lib/claims/tiers";
import { evaluate } from "./evaluate";
import { loadFixtures } from "./fixtures";

const fixtures = loadFixtures();
const result = evaluate(fixtures);
const pct = (n: number) => `${(100 * n).toFixed(1)}%`.padStart(7);

console.log(`${fixtures.length} documents, ${result.labelled} labelled claims\n`);
console.log(`${"tier".padEnd(20)}precision  recall      F1  support`);
for (const s of result.scores) {
  console.log(
    `${TIER_LABELS[s.tier].padEnd(20)}${pct(s.precision)}  ${pct(s.recall)} ${pct(s.f1)}  ${String(s.support).padStart(7)}`,
  );
}
console.log(`${"macro F1".padEnd(20)}${" ".repeat(18)}${pct(result.macroF1)}`);
if (result.unmatched.length) console.log(`\nlabels that match no claim:\n  ${result.unmatched.join("\n  ")}`);
if (process.argv.includes("--misses")) {
  console.log("\ndisagreements:");
  for (const m of result.misses) {
    console.log(
      `  [${m.fixture}] expected ${m.expected ?? "none"}, suggested ${m.predicted ?? "none"} (${m.cues.join(", ") || "no cue"}): ${m.claim.slice(0, 90)}`,
    );
  }
}
process.exitCode = result.unmatched.length ? 1 : 0;
