import { CircleHelp, FlaskConical, type LucideIcon, UserRound } from "lucide-react";
import { TIER_LABELS } from "@/lib/claims/tiers";
import type { ClaimTier } from "@/lib/generated/prisma/enums";

/** Tiers carry an icon and a label as well as a colour, so nothing depends on colour vision (DESIGN.md). */
export const TIER_ICONS: Record<ClaimTier, LucideIcon> = {
  PRECLINICAL: FlaskConical,
  EARLY_HUMAN_TRIAL: UserRound,
  SPECULATIVE: CircleHelp,
};

export function TierBadge({ tier, count }: { tier: ClaimTier; count?: number }) {
  const Icon = TIER_ICONS[tier];
  return (
    <span
      className="tier-badge inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm"
      data-tier={tier}
    >
      <Icon aria-hidden="true" size={14} />
      <span>{TIER_LABELS[tier]}</span>
      {count !== undefined && <span className="font-semibold">{count}</span>}
    </span>
  );
}
