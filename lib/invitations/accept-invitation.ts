import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { authorize } from "@/lib/auth/policy";
import { hit, type Limit } from "@/lib/auth/rate-limit";
import type { Actor, Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashToken } from "@/lib/tokens/token-secret";
import { parseInput } from "@/lib/validation/parse";
import { acceptInvitationSchema, invitationTokenSchema } from "./schemas";

/** Opening or using invitation links, per client address: room for a few mistakes, none for guessing. */
export const INVITATION_LIMIT: Limit = { max: 30, windowMs: 15 * 60_000 };

export type InvitationState = "valid" | "expired" | "used" | "revoked" | "unknown";

export interface InvitationView {
  state: InvitationState;
  /** Shown only while the link is valid. */
  email?: string;
  role?: Role;
  invitedBy?: string;
  expiresAt?: Date;
}

const MESSAGES: Record<Exclude<InvitationState, "valid">, string> = {
  expired: "This invitation has expired. Ask the administrator who invited you to send a new one.",
  used: "This invitation has already been used. Sign in with the account it created.",
  revoked: "This invitation was withdrawn by an administrator.",
  unknown: "This invitation link is not valid. Check that you opened the whole link from the e-mail.",
};
export const invitationMessage = (state: Exclude<InvitationState, "valid">) => MESSAGES[state];

async function limit(ip: string): Promise<void> {
  const { count, resetAt } = await hit(`invite:ip:${ip}`, INVITATION_LIMIT);
  if (count <= INVITATION_LIMIT.max) return;
  const minutes = Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 60_000));
  throw new AppError("RATE_LIMITED", `Too many invitation links tried from here. Try again in ${minutes} minutes.`, {
    retryAfterSeconds: minutes * 60,
  });
}

function stateOf(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date } | null): InvitationState {
  if (!row) return "unknown";
  if (row.acceptedAt) return "used";
  if (row.revokedAt) return "revoked";
  return row.expiresAt <= new Date() ? "expired" : "valid";
}

/** What the invitation page shows for a link: who invited whom as what, or why the link no longer works. */
export async function viewInvitation(token: string, ip: string): Promise<InvitationView> {
  await limit(ip);
  if (!invitationTokenSchema.safeParse(token).success) return { state: "unknown" };
  const row = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      invitedBy: { select: { name: true } },
    },
  });
  const state = stateOf(row);
  if (state !== "valid" || !row) return { state };
  return {
    state,
    email: row.email,
    role: row.role,
    invitedBy: row.invitedBy?.name ?? "An administrator",
    expiresAt: row.expiresAt,
  };
}

/**
 * Creates the invited account with the name and password its holder chose (the password rules of lib/users), once:
 * the link is marked used in the same transaction, so two tabs cannot both use it. Returns the e-mail to sign in with.
 */
export async function acceptInvitation(actor: Actor, input: unknown, ip: string): Promise<{ email: string }> {
  authorize(actor, "invitations.accept");
  await limit(ip);
  const { token, name, password } = parseInput(acceptInvitationSchema, input);
  const passwordHash = await hashPassword(password);
  const tokenHash = hashToken(token);
  try {
    return await transaction(async (tx) => {
      const now = new Date();
      const claimed = await tx.invitation.updateMany({
        where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      const invitation = await tx.invitation.findUnique({
        where: { tokenHash },
        select: { id: true, email: true, role: true, acceptedAt: true, revokedAt: true, expiresAt: true },
      });
      if (claimed.count === 0 || !invitation) {
        const state = invitation ? stateOf(invitation) : "unknown";
        throw new AppError(
          state === "unknown" ? "NOT_FOUND" : "CONFLICT",
          MESSAGES[state === "valid" ? "used" : state],
        );
      }
      const user = await tx.user.create({
        data: { email: invitation.email, name, role: invitation.role, passwordHash },
        select: { id: true, email: true, role: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "invitations.accept",
        entityType: "User",
        entityId: user.id,
        after: { email: user.email, role: user.role, invitationId: invitation.id },
      });
      return { email: user.email };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this e-mail address already exists. Sign in instead.");
    }
    throw error;
  }
}
