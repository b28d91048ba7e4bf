import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { tierModelInfo } from "./installation-model";

export interface TierModelStatus {
  /** Whether the model in use was refitted on this installation's decisions (`npm run train:claims -- --from-db`). */
  installation: boolean;
  examples: number;
  /** Examples by source: the corpus, the fixtures, this installation's decisions. */
  sources: Record<string, number>;
  trainedAt: string;
}

/** What the tier suggester learned from and when, for administrators. */
export function getTierModelStatus(actor: Actor): TierModelStatus {
  authorize(actor, "users.manage");
  const info = tierModelInfo();
  return { installation: info.installation, examples: info.examples, sources: info.sources, trainedAt: info.at };
}
