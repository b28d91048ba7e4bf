import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/transaction";
import { notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/parse";
import { revokeTokenSchema } from "./schemas";
import { type TokenDto, tokenSelect } from "./token-dto";

/** The caller's own tokens that still exist (expired ones too, so their owner sees why a script stopped). */
export async function listOwnTokens(actor: Actor): Promise<TokenDto[]> {
  authorize(actor, "tokens.manage");
  return db.apiToken.findMany({
    where: { userId: actor!.id, revokedAt: null },
    select: tokenSelect,
    orderBy: { createdAt: "desc" },
  });
}

/**
 * Revokes a token: its owner's, or anyone's for an admin (the policy's `any` scope). Bearer authentication refuses
 * a revoked token at once (lib/auth/request-actor.ts); the row stays for the audit trail.
 */
export async function revokeToken(actor: Actor, input: unknown): Promise<void> {
  authorize(actor, "tokens.manage");
  const { tokenId } = parseInput(revokeTokenSchema, input);
  const token = await db.apiToken.findFirst({
    where: { id: tokenId, revokedAt: null },
    select: { id: true, userId: true, name: true, prefix: true },
  });
  if (!token) throw notFound("That token");
  authorize(actor, "tokens.manage", token.userId);
  await transaction(async (tx) => {
    const revoked = await tx.apiToken.updateMany({
      where: { id: token.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count === 0) throw notFound("That token");
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "tokens.manage",
      entityType: "ApiToken",
      entityId: token.id,
      before: { userId: token.userId, name: token.name, prefix: token.prefix },
      after: { revoked: true },
    });
  });
}
