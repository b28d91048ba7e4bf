// `npm run train:claims`: fits the tier model on the corpus's DEV split and the older fixtures and writes
// lib/claims/tier-model.json. `-- --from-db` refits on those plus this installation's own decisions (DATABASE_URL)
// and writes the result to the installation's data directory, never to the committed weights.
// The TEST split is only ever scored, never fitted on, and only with `-- --test`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { classify, type Example, type FitOptions, fitTierModel } from "@/lib/claims/fit-tier-model";
import { installationModelPath } from "@/lib/claims/installation-model";
import type { TierModel } from "@/lib/claims/tier-model";
import committed from "@/lib/claims/tier-model.json";
import { type LabelledDocument, loadSplit } from "./corpus";
import { calibration, modelClass, pairsOf, scoredLabel, tierReport } from "./evaluate";

const COMMITTED = path.join(import.meta.dirname, "../../lib/claims/tier-model.json");
const pct = (n: number) => `${(100 * n).toFixed(1)}%`;

function examplesOf(docs: LabelledDocument[], source: string): Example[] {
  return docs.flatMap((doc) =>
    pairsOf(doc)
      .pairs.filter((p) => p.matched)
      .map((p) => ({ features: p.features, label: modelClass(p.expected), source })),
  );
}

function score(model: TierModel, docs: LabelledDocument[]) {
  return tierReport(docs.flatMap((doc) => pairsOf(doc, model).pairs));
}

const line = (label: string, r: ReturnType<typeof tierReport>) =>
  `${label.padEnd(34)} macro-F1 ${pct(r.macroF1).padStart(6)}  (strict ${pct(r.strictMacroF1).padStart(6)})  coverage ${pct(r.coverage).padStart(6)}  n=${r.labelled}  F1 ${r.scores.map((s) => `${s.tier.slice(0, 3)} ${pct(s.f1)}`).join(", ")}`;

/** Leave-one-article-out on DEV: a model fitted without each article in turn (its margin can be varied after). */
function foldModels(dev: LabelledDocument[], others: Example[], options: FitOptions = {}) {
  return dev.map((held) => {
    const rest = dev.filter((d) => d !== held).flatMap((d) => examplesOfDocument(d));
    return { held, model: fitTierModel([...others, ...rest], options) };
  });
}

type Folds = ReturnType<typeof foldModels>;

/** The held-out articles' figures (the figures to tune by), at the folds' own margin unless one is given. */
function heldOut(folds: Folds, change: Partial<TierModel> = {}) {
  const pairs = folds.flatMap(({ held, model }) => pairsOf(held, { ...model, ...change }).pairs);
  return { ...tierReport(pairs), pairs, calibration: calibration(pairs) };
}

function crossValidate(dev: LabelledDocument[], others: Example[], options: FitOptions = {}, calibrate = false) {
  const folds = foldModels(dev, others, options);
  const temperature = calibrate ? fitTemperature(folds) : 1;
  const r = heldOut(folds, { temperature });
  if (process.argv.includes("--misses")) {
    for (const p of r.pairs) {
      if (p.predicted !== scoredLabel(p.expected))
        console.log(
          `  [${p.document}]${p.hard ? " (hard)" : ""} ${p.expected} -> ${p.predicted ?? "none"} ${p.confidence} (${p.cues.join("; ")}): ${p.text.slice(0, 120)}`,
        );
    }
  }
  return { ...r, temperature };
}

/**
 * The temperature that makes the held-out folds' confidence match their accuracy best (least calibration error over
 * a grid); it never changes a suggestion, only its confidence.
 */
function fitTemperature(folds: Folds): number {
  let best = { temperature: 1, ece: Number.POSITIVE_INFINITY };
  for (let temperature = 0.5; temperature <= 1.501; temperature += 0.05) {
    const { ece } = heldOut(folds, { temperature }).calibration;
    if (ece < best.ece - 1e-9) best = { temperature: Math.round(temperature * 100) / 100, ece };
  }
  return best.temperature;
}

/** An article's examples do not depend on the model: read each once for all the folds and settings. */
const examplesCache = new Map<LabelledDocument, Example[]>();
function examplesOfDocument(doc: LabelledDocument): Example[] {
  if (!examplesCache.has(doc)) examplesCache.set(doc, examplesOf([doc], "corpus"));
  return examplesCache.get(doc)!;
}

/**
 * `--sweep`: leave-one-article-out on DEV for a small grid of regularisation settings, then for the abstain margin
 * (how much "no tier" has to win by: a larger margin gives more claims a tier, and more established or ambiguous
 * sentences one too). The defaults of fitTierModel are chosen from it; TEST plays no part.
 */
function sweep(dev: LabelledDocument[], others: Example[]) {
  for (const l2 of [0.001, 0.002, 0.005, 0.01]) {
    for (const wordPenalty of [5, 20, 100]) {
      for (const minCount of [2, 3]) {
        const r = crossValidate(dev, others, { l2, wordPenalty, minCount });
        console.log(line(`l2 ${l2} words x${wordPenalty} min ${minCount}`, r));
      }
    }
  }
}

/** The abstain margins swept (log-odds "no tier" has to win by); fitTierModel's default is chosen among them. */
const MARGINS = [0, 0.5, 0.9, 1.2, 1.5, 2, 2.5, 3, 4];

/**
 * `--sweep --margin`: for each abstain margin, the VALID split scored by the model fitted on DEV and the fixtures (as
 * committed), and DEV's held-out articles. The margin is applied when predicting, never when fitting, so each model
 * is fitted once and scored at every margin. TEST plays no part.
 */
function sweepMargin(dev: LabelledDocument[], valid: LabelledDocument[], others: Example[]) {
  const folds = foldModels(dev, others);
  const model = fitTierModel([...others, ...dev.flatMap((d) => examplesOfDocument(d))]);
  for (const noneMargin of MARGINS) {
    const v = score({ ...model, noneMargin }, valid);
    console.log(`${line(`VALID   no-tier margin ${noneMargin}`, v)}  unscored given a tier ${pct(v.tierOnNoTier)}`);
    const r = heldOut(folds, { noneMargin });
    console.log(`${line(`DEV-cv  no-tier margin ${noneMargin}`, r)}  unscored given a tier ${pct(r.tierOnNoTier)}`);
  }
}

async function main() {
  const dev = loadSplit("dev");
  const test = loadSplit("test");
  const fixtures = examplesOf(loadSplit("fixtures"), "fixtures");
  const corpus = [...fixtures, ...dev.flatMap((d) => examplesOfDocument(d))];
  if (process.argv.includes("--sweep")) {
    if (!process.argv.includes("--margin")) sweep(dev, fixtures);
    sweepMargin(dev, loadSplit("valid"), fixtures);
    return;
  }
  // The confidence's temperature comes from DEV's held-out folds (`--cv`); without it the committed one is kept.
  let temperature = (committed as TierModel).temperature;
  if (process.argv.includes("--cv") && dev.length > 1) {
    const cv = crossValidate(dev, fixtures, {}, true);
    temperature = cv.temperature;
    console.log(line("DEV, leave-one-article-out", cv));
    console.log(`  label \\ suggestion ${cv.cols.map((c) => (c ?? "none").slice(0, 5).padStart(6)).join("")}`);
    cv.rows.forEach((row, i) => {
      if (cv.confusion[i]!.some((n) => n > 0))
        console.log(`  ${row.padEnd(18)} ${cv.confusion[i]!.map((n) => String(n).padStart(6)).join("")}`);
    });
    const bins = cv.calibration.bins.map((b) => `${b.from.toFixed(1)}+ ${b.right}/${b.n}`).join(", ");
    console.log(
      `  confidence temperature ${temperature}: calibration error ${pct(cv.calibration.ece)} (right/n by confidence: ${bins})`,
    );
  }

  if (!process.argv.includes("--from-db")) {
    const model = { ...fitTierModel(corpus), temperature };
    fs.writeFileSync(COMMITTED, `${JSON.stringify(model)}\n`);
    execFileSync("npx", ["biome", "format", "--write", COMMITTED], { stdio: "ignore" });
    console.log(
      `fitted on ${model.trainedOn.examples} examples, ${Object.keys(model.weights).length} features -> ${path.relative(process.cwd(), COMMITTED)}`,
    );
    console.log(line("DEV (fitted on)", score(model, dev)));
    // TEST figures are for reporting at the end of a step, never for tuning: printed only when asked for.
    if (test.length && process.argv.includes("--test")) console.log(line("TEST (never fitted on)", score(model, test)));
    return;
  }

  const { installationExamples } = await import("@/lib/claims/installation-examples");
  const own = await installationExamples();
  const model = { ...fitTierModel([...corpus, ...own]), temperature };
  const before = committed as TierModel;
  console.log(`this installation's decisions: ${own.length} labelled claims`);
  for (const [name, docs] of [
    ["TEST", test],
    ["DEV", dev],
  ] as const) {
    if (!docs.length) continue;
    console.log(line(`${name} before (committed model)`, score(before, docs)));
    console.log(line(`${name} after (with this installation)`, score(model, docs)));
  }
  const agree = (m: TierModel) => own.filter((e) => classify(m, e.features) === e.label).length;
  console.log(
    `this installation's own decisions agree with the model: before ${agree(before)}/${own.length}, after ${agree(model)}/${own.length} (fitted on them)`,
  );
  const file = installationModelPath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(model)}\n`);
  console.log(`installation model (${model.trainedOn.examples} examples) -> ${file}`);
}

await main();
process.exit(0);
