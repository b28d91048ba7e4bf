import type { Certainty, ClaimTier } from "@/lib/generated/prisma/enums";

export const MAP_TIERS: (ClaimTier | "NONE")[] = ["PRECLINICAL", "EARLY_HUMAN_TRIAL", "SPECULATIVE", "NONE"];
export const MAP_CERTAINTIES: (Certainty | "NONE")[] = ["HIGH", "MODERATE", "LOW", "VERY_LOW", "NONE"];

export interface EvidenceMap {
  cells: Record<string, number>;
  max: number;
  sections: { section: string; counts: Record<ClaimTier | "NONE", number> }[];
}

export const cellKey = (tier: ClaimTier | "NONE", certainty: Certainty | "NONE") => `${tier}:${certainty}`;

/** Claims counted by tier x certainty, and by section x tier. */
export function evidenceMap(
  claims: { tier: ClaimTier | null; certainty: Certainty | null; section: string | null }[],
): EvidenceMap {
  const cells: Record<string, number> = {};
  const sections = new Map<string, Record<ClaimTier | "NONE", number>>();
  for (const claim of claims) {
    const key = cellKey(claim.tier ?? "NONE", claim.certainty ?? "NONE");
    cells[key] = (cells[key] ?? 0) + 1;
    const name = claim.section ?? "Introduction";
    const counts = sections.get(name) ?? { PRECLINICAL: 0, EARLY_HUMAN_TRIAL: 0, SPECULATIVE: 0, NONE: 0 };
    counts[claim.tier ?? "NONE"]++;
    sections.set(name, counts);
  }
  return {
    cells,
    max: Math.max(1, ...Object.values(cells)),
    sections: [...sections].map(([section, counts]) => ({ section, counts })),
  };
}
