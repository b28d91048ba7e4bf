import fs from "node:fs";
import path from "node:path";
import type { TierModel } from "./tier-model";
import committed from "./tier-model.json";

/**
 * Where `npm run train:claims -- --from-db` keeps a model refitted on this installation's own decisions: in the
 * installation's data, never in the committed weights (which stay the corpus's).
 */
export function installationModelPath(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.CLAIMWISE_DATA_DIR?.trim() || path.join(process.cwd(), ".data");
  return path.join(dir, "tier-model.json");
}

let cached: { mtimeMs: number; model: TierModel } | null = null;

/** The installation's own model when it has one (re-read when the file changes), else the committed one. */
export function currentTierModel(): TierModel {
  const file = installationModelPath();
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return committed as TierModel;
  }
  if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, model: JSON.parse(fs.readFileSync(file, "utf8")) as TierModel };
  return cached.model;
}

/** How many examples the model in use learned from, and when (for the admin's dashboard). */
export function tierModelInfo(): TierModel["trainedOn"] & { installation: boolean } {
  const model = currentTierModel();
  return { ...model.trainedOn, installation: model !== committed };
}
