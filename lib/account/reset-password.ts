import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import { hashToken } from "@/lib/tokens/token-secret";
import { parseInput } from "@/lib/validation/parse";
import { resetPasswordSchema, resetSecretSchema } from "./schemas";

export type ResetLinkState = "valid" | "used" | "expired" | "unknown";

export const RESET_LINK_MESSAGES: Record<Exclude<ResetLinkState, "valid">, string> = {
  used: "This reset link has already been used. Ask for a new one if you still need to set a password.",
  expired: "This reset link has expired (links work for one hour). Ask for a new one.",
  unknown: "This reset link is not valid. Check that you opened the whole link from the e-mail, or ask for a new one.",
};

/** What a reset link is worth, so its page can say so before anyone types a password. */
export async function resetLinkState(secret: string): Promise<ResetLinkState> {
  if (!resetSecretSchema.safeParse(secret).success) return "unknown";
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: hashToken(secret) },
    select: { usedAt: true, expiresAt: true, user: { select: { disabled: true } } },
  });
  if (!reset || reset.user.disabled) return "unknown";
  if (reset.usedAt) return "used";
  return reset.expiresAt <= new Date() ? "expired" : "valid";
}

/**
 * Sets a new password through an e-mailed link. The link is spent by one conditional update (unused and unexpired),
 * so of two parallel uses only one succeeds; the user's other links are spent with it, and `sessionVersion` is
 * bumped so every session signed in with the old password ends.
 */
export async function resetPassword(input: unknown): Promise<{ email: string }> {
  const data = parseInput(resetPasswordSchema, input);
  const tokenHash = hashToken(data.token);
  const passwordHash = await hashPassword(data.password);
  return transaction(async (tx) => {
    const now = new Date();
    const spent = await tx.passwordReset.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now }, user: { disabled: false } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) {
      const state = await resetLinkState(data.token);
      throw new AppError("INVALID", RESET_LINK_MESSAGES[state === "valid" ? "used" : state]);
    }
    const { userId } = await tx.passwordReset.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, email: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "account.update",
      entityType: "User",
      entityId: user.id,
      after: { passwordReset: true, otherSessionsEnded: true },
    });
    return { email: user.email };
  });
}
