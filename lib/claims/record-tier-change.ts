import "server-only";
import { entityAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/roles";
import { invalidateOnCommit } from "@/lib/cache/invalidate";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimTier } from "@/lib/generated/prisma/enums";

const audit = entityAudit("Claim");

/** A person's tier change goes into the claim's history (a labelled example for the model) and the audit log. */
export async function recordTierChange(
  tx: Prisma.TransactionClient,
  actor: Actor,
  claim: { id: string; documentId: string; tier: ClaimTier | null },
  tier: ClaimTier | null,
  reason: string | undefined,
) {
  await tx.claimTierChange.create({
    data: { claimId: claim.id, fromTier: claim.tier, toTier: tier, source: "PERSON", reason, actorId: actor!.id },
  });
  await audit(
    tx,
    actor,
    "claims.tag",
    claim.id,
    claim.documentId,
    { tier: claim.tier },
    { tier, reason: reason ?? null },
  );
  invalidateOnCommit(claim.documentId, { what: "claims", claimId: claim.id });
}
