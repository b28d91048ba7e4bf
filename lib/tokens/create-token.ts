import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/transaction";
import { notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/parse";
import { createTokenSchema, newTokenSchema } from "./schemas";
import { type TokenDto, tokenSelect } from "./token-dto";
import { newTokenSecret } from "./token-secret";

/** Creates an API token for a user (their own, or anyone's for an admin); returns the secret once. */
export async function createApiToken(actor: Actor | "system", input: unknown): Promise<TokenDto & { secret: string }> {
  const data = parseInput(createTokenSchema, input);
  if (actor !== "system") authorize(actor, "tokens.manage", data.userId);
  const user = await db.user.findUnique({ where: { id: data.userId }, select: { id: true, disabled: true } });
  if (!user || user.disabled) throw notFound("That user");
  const { secret, hash, prefix } = newTokenSecret();
  const expiresAt = data.expiresInDays ? new Date(Date.now() + data.expiresInDays * 86_400_000) : null;
  const token = await transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: user.id, name: data.name, tokenHash: hash, prefix, expiresAt },
      select: tokenSelect,
    });
    await recordAudit(tx, {
      actorId: actor === "system" ? null : (actor?.id ?? null),
      action: "tokens.manage",
      entityType: "ApiToken",
      entityId: created.id,
      after: { userId: user.id, name: data.name, prefix },
    });
    return created;
  });
  return { ...token, secret };
}

/** The signed-in user's own new token (the account page, `POST /api/v1/me/tokens`): it always has an expiry. */
export async function createOwnApiToken(actor: Actor, input: unknown): Promise<TokenDto & { secret: string }> {
  authorize(actor, "tokens.manage");
  const data = parseInput(newTokenSchema, input);
  return createApiToken(actor, { ...data, userId: actor!.id });
}
