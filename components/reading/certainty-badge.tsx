import type { Certainty } from "@/lib/generated/prisma/enums";
import { CERTAINTY } from "@/lib/reviews/grade-labels";

/** GRADE's ⊕ notation with the word beside it (never the symbol alone). */
export function CertaintyBadge({ certainty }: { certainty: Certainty | null }) {
  if (!certainty) return <span className="text-xs text-slate-600 dark:text-slate-400">Not graded yet</span>;
  const { symbol, label } = CERTAINTY[certainty];
  return (
    <span
      className="inline-flex items-center gap-1 rounded-full border border-slate-400 px-2 py-0.5 text-sm"
      title={CERTAINTY[certainty].meaning}
    >
      <span aria-hidden="true">{symbol}</span>
      <span>{label} certainty</span>
    </span>
  );
}
