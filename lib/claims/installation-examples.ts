import "server-only";
import { db } from "@/lib/db/client";
import { textBlocks } from "@/lib/rich-text/text-blocks";
import type { RichTextNode } from "@/lib/rich-text/types";
import type { Example } from "./fit-tier-model";
import { segment } from "./segment";
import { claimFeatures } from "./suggest-tier";
import type { ModelClass } from "./tier-model";

/** An editor's decision counts for more than one corpus sentence: it is this installation's own reading of the rubric. */
const DECISION_WEIGHT = 2;

/**
 * Every tier a person set on a claim (the claim editor's tier, with its reason in the history) or decided (the
 * editor's decision, "no tier" included) is a labelled example; a decision wins over the tier set while tagging. Each claim is judged
 * in the context it has in its revision, as at import.
 */
export async function installationExamples(): Promise<Example[]> {
  const claims = await db.claim.findMany({
    where: { deletedAt: null, OR: [{ tierSource: "PERSON" }, { decision: { isNot: null } }] },
    select: {
      id: true,
      start: true,
      exact: true,
      section: true,
      tier: true,
      tierSource: true,
      decision: { select: { tier: true } },
      revision: { select: { id: true, body: true } },
    },
  });
  const contexts = new Map<string, Map<number, string[]>>();
  const featuresIn = (revision: { id: string; body: unknown }) => {
    let byStart = contexts.get(revision.id);
    if (!byStart) {
      const segments = segment(textBlocks(revision.body as RichTextNode));
      const features = claimFeatures(segments);
      byStart = new Map(segments.map((s, i) => [s.start, [...features[i]!.keys()]]));
      contexts.set(revision.id, byStart);
    }
    return byStart;
  };
  return claims.map((claim) => {
    // A person's "no tier" cannot say which kind it is; most are established statements.
    const label: ModelClass = (claim.decision ? claim.decision.tier : claim.tier) ?? "ESTABLISHED";
    const features = featuresIn(claim.revision).get(claim.start) ?? [...suggestFeatures(claim.exact, claim.section)];
    return { features, label, source: "installation", weight: DECISION_WEIGHT, claimId: claim.id };
  });
}

function suggestFeatures(text: string, section: string | null): string[] {
  return claimFeatures([
    { exact: text, context: { headings: section ? [section] : [], leadIn: null, previous: [], paragraph: 0 } },
  ]).flatMap((f) => [...f.keys()]);
}
