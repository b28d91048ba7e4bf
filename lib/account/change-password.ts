import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { authorize } from "@/lib/auth/policy";
import { hit, type Limit, unhit } from "@/lib/auth/rate-limit";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/transaction";
import { AppError, unauthenticated } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/parse";
import { changePasswordSchema } from "./schemas";

/** Someone at an unlocked screen must not be able to guess the current password at leisure. */
const CURRENT_PASSWORD_LIMIT: Limit = { max: 10, windowMs: 15 * 60_000 };

/**
 * Changes the signed-in user's password, proven by the current one. Outstanding reset links are spent and
 * `sessionVersion` is bumped in the same transaction, which ends every session of the user (lib/auth/options.ts re-checks it on each request); the browser
 * that made the change signs in again with the new password and so stays signed in.
 */
export async function changePassword(actor: Actor, input: unknown): Promise<{ changed: true }> {
  authorize(actor, "account.update");
  const data = parseInput(changePasswordSchema, input);
  const user = await db.user.findUnique({
    where: { id: actor!.id },
    select: { id: true, passwordHash: true, disabled: true },
  });
  if (!user || user.disabled) throw unauthenticated();
  if (!user.passwordHash) {
    throw new AppError("INVALID", "You sign in through your organisation, so this account has no password to change.");
  }
  const key = `password-change:${user.id}`;
  const attempts = await hit(key, CURRENT_PASSWORD_LIMIT);
  if (attempts.count > CURRENT_PASSWORD_LIMIT.max) {
    throw new AppError("RATE_LIMITED", "Too many wrong current passwords. Try again in 15 minutes.");
  }
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
    throw new AppError("INVALID", "Your current password is not correct.", {
      fields: { currentPassword: ["Your current password is not correct."] },
    });
  }
  await unhit(key);
  const passwordHash = await hashPassword(data.newPassword);
  await transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    // A reset link asked for before the change must not undo it.
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: new Date() } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "account.update",
      entityType: "User",
      entityId: user.id,
      after: { passwordChanged: true, otherSessionsEnded: true },
    });
  });
  return { changed: true };
}

/** Whether the signed-in user has a password to change: accounts made for an organisation's sign-in may have none. */
export async function hasPassword(actor: Actor): Promise<boolean> {
  authorize(actor, "account.update");
  const user = await db.user.findUnique({ where: { id: actor!.id }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}
