import { TIER_DESCRIPTIONS, TIERS } from "@/lib/claims/tiers";
import type { Certainty } from "@/lib/generated/prisma/enums";
import { CERTAINTY } from "@/lib/reviews/grade-labels";
import { TierBadge } from "../document/tier-badge";

/** The legend and a glossary for students: what the tiers and GRADE's certainty levels mean. */
export function Legend() {
  return (
    <details className="reading-tool">
      <summary>What the highlights mean</summary>
      <div className="reading-tool-panel">
        <dl className="flex flex-col gap-2">
          {TIERS.map((tier) => (
            <div key={tier}>
              <dt>
                <TierBadge tier={tier} />
              </dt>
              <dd className="mt-1">{TIER_DESCRIPTIONS[tier]}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3">
          <strong>Certainty</strong> follows GRADE, the system guideline panels use to say how sure we can be that the
          evidence reflects the truth:
        </p>
        <dl className="mt-1 flex flex-col gap-1">
          {(Object.keys(CERTAINTY) as Certainty[]).map((level) => (
            <div key={level}>
              <dt className="inline font-semibold">
                <span aria-hidden="true">{CERTAINTY[level].symbol}</span> {CERTAINTY[level].label}:
              </dt>{" "}
              <dd className="inline">{CERTAINTY[level].meaning}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2">
          Reviewers rate evidence down for risk of bias, inconsistency, indirectness (for example animal results applied
          to people), imprecision and publication bias, marked <sup>a</sup>, <sup>b</sup>… beside a grade and explained
          below it. <em>Contested</em> means reviewers disagreed. A sentence with a dotted underline is a claim no one
          has decided a tier for yet.
        </p>
      </div>
    </details>
  );
}
