import { loadSplit } from "./tests/eval/corpus";
import { boundaryScore, pairsOf, tierReport } from "./tests/eval/evaluate";
import { whyExtra, whyMissing } from "./tests/eval/boundary-misses";
const only = process.argv[2];
for (const split of ["dev", "valid"] as const) {
const docs = loadSplit(split);
const results = docs.map((doc) => ({ doc, ...pairsOf(doc) }));
const b = boundaryScore(docs, (d) => results.find((x) => x.doc === d)!.claims);
const r = tierReport(results.flatMap(x=>x.pairs));
console.log(split, "boundaryF1", b.f1.toFixed(4), "P", b.precision.toFixed(4), "R", b.recall.toFixed(4), "macroF1", r.macroF1.toFixed(4), "cov", r.coverage.toFixed(4), "covFound", r.coverageOfFound.toFixed(4), "unfound", r.unfound);
if (only === "q") continue;
for (const m of b.missing) console.log("MISS", m.doc.name, m.text, "\n   ->", whyMissing(m, results.find(x=>x.doc===m.doc)!.prepared));
for (const m of b.extra) console.log("EXTRA", m.doc.name, m.text, "\n   ->", whyExtra(m));
}
