import { TIER_LABELS } from "@/lib/claims/tiers";
import { CERTAINTY, DOMAIN_INFO } from "@/lib/reviews/grade-labels";
import { DOMAINS } from "@/lib/reviews/schemas";
import type { AnnotatedClaim } from "./annotated-document";

const STANCE = { SUPPORTS: "supports", CONTRADICTS: "contradicts", MENTIONS: "mentions" } as const;

/** The certainty readers are shown: the decision's, else the reviewers' median. */
export const shownCertainty = (claim: AnnotatedClaim) => claim.decision?.certainty ?? claim.grades.consensus;

/** One claim's critique as plain sentences, shared by the text formats so they all say the same thing. */
export function critiqueLines(claim: AnnotatedClaim): string[] {
  const certainty = shownCertainty(claim);
  const lines = [
    `${claim.tier ? TIER_LABELS[claim.tier] : "No tier"}; ${certainty ? `${CERTAINTY[certainty].symbol} ${CERTAINTY[certainty].label} certainty` : "not graded"}${claim.decision ? " (editor's decision)" : claim.grades.reviews ? ` (median of ${claim.grades.reviews} review${claim.grades.reviews === 1 ? "" : "s"})` : ""}.`,
  ];
  if (claim.decision?.note) lines.push(`Editor: ${claim.decision.note}`);
  const concerns = DOMAINS.filter((d) => claim.grades.concerns[d].serious + claim.grades.concerns[d].verySerious > 0);
  if (concerns.length)
    lines.push(`Rated down for ${concerns.map((d) => DOMAIN_INFO[d].label.toLowerCase()).join(", ")}.`);
  for (const c of claim.citations) lines.push(`Source (${STANCE[c.stance]}): ${c.apa}`);
  return lines;
}
