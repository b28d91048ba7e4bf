import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/parse";
import { type ClaimDto, claimSelect } from "./claim-dto";
import { toClaimDtos } from "./claim-dtos";
import { recordTierChange } from "./record-tier-change";
import { acceptSuggestionsSchema } from "./schemas";

/**
 * An editor accepts the model's suggestions for several claims at once: each becomes the claim's tier as set by that
 * editor (so it is also a labelled example the installation's model learns from), with a history entry and an audit
 * event per claim. All or nothing: a claim changed since the editor saw it, already tagged by a person, or without a
 * suggestion makes the whole batch CONFLICT/INVALID.
 */
export async function acceptSuggestions(actor: Actor, input: unknown): Promise<ClaimDto[]> {
  authorize(actor, "claims.tag");
  const data = parseInput(acceptSuggestionsSchema, input);
  return transaction(async (tx) => {
    const ids = data.claims.map((c) => c.claimId);
    const claims = await tx.claim.findMany({
      where: { id: { in: ids }, documentId: data.documentId, deletedAt: null },
      select: {
        id: true,
        version: true,
        tier: true,
        tierSource: true,
        suggestedTier: true,
        suggestionConfidence: true,
      },
    });
    const byId = new Map(claims.map((c) => [c.id, c]));
    for (const wanted of data.claims) {
      const claim = byId.get(wanted.claimId);
      if (!claim) throw new AppError("NOT_FOUND", "One of those claims no longer exists in this document.");
      if (claim.version !== wanted.version)
        throw new AppError("CONFLICT", "Someone changed one of these claims since you opened them. Reload and retry.");
      if (claim.tierSource === "PERSON")
        throw new AppError("CONFLICT", "A person has already set the tier of one of these claims.");
      if (!claim.suggestedTier) throw new AppError("INVALID", "One of these claims has no suggested tier to accept.");
    }
    for (const claim of claims) {
      const { count } = await tx.claim.updateMany({
        where: { id: claim.id, version: claim.version },
        data: { tier: claim.suggestedTier, tierSource: "PERSON", version: { increment: 1 } },
      });
      if (count === 0)
        throw new AppError("CONFLICT", "Someone changed one of these claims meanwhile. Reload and retry.");
      const reason = `Accepted the suggestion (confidence ${Math.round((claim.suggestionConfidence ?? 0) * 100)} %).`;
      await recordTierChange(tx, actor, { ...claim, documentId: data.documentId }, claim.suggestedTier, reason);
    }
    const updated = await tx.claim.findMany({
      where: { id: { in: ids } },
      select: claimSelect,
      orderBy: { position: "asc" },
    });
    return toClaimDtos(tx, updated);
  });
}
