import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { oidcSettings } from "@/lib/auth/oidc-provider";
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
import { signInvitationCookie } from "./invitation-cookie";
import { acceptInvitationSchema, invitationSignInSchema, invitationTokenSchema } from "./schemas";

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

/** Why a link cannot be used, as the error the invitee sees. */
function unusable(state: Exclude<InvitationState, "valid">): AppError {
  return new AppError(state === "unknown" ? "NOT_FOUND" : "CONFLICT", MESSAGES[state]);
}

/** The account an invitation creates: a password, or an external identity (lib/auth/external-identity.ts), or both. */
export interface InvitedAccount {
  name: string;
  passwordHash?: string;
  externalIssuer?: string;
  externalSubject?: string;
}

/**
 * The one way an invitation is used, whichever way its holder accepts it: it is marked used and its account created
 * (the invited e-mail and role) in one transaction, so two tabs or two sign-ins cannot both use it. Audited. An
 * address that has an account by now is a CONFLICT: an invitation never takes over, or links to, an existing account.
 */
export async function redeemInvitation(tokenHash: string, account: InvitedAccount) {
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
        const state = stateOf(invitation);
        throw unusable(state === "valid" ? "used" : state);
      }
      const user = await tx.user.create({
        data: { ...account, email: invitation.email, role: invitation.role },
        select: { id: true, email: true, name: true, role: true, sessionVersion: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "invitations.accept",
        entityType: "User",
        entityId: user.id,
        after: {
          email: user.email,
          role: user.role,
          invitationId: invitation.id,
          ...(account.externalSubject && {
            externalIssuer: account.externalIssuer,
            externalSubject: account.externalSubject,
          }),
        },
      });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this e-mail address already exists. Sign in instead.");
    }
    throw error;
  }
}

/**
 * Creates the invited account with the name and password its holder chose (the password rules of lib/users).
 * Returns the e-mail to sign in with.
 */
export async function acceptInvitation(actor: Actor, input: unknown, ip: string): Promise<{ email: string }> {
  authorize(actor, "invitations.accept");
  await limit(ip);
  const { token, name, password } = parseInput(acceptInvitationSchema, input);
  const user = await redeemInvitation(hashToken(token), { name, passwordHash: await hashPassword(password) });
  return { email: user.email };
}

/**
 * "Accept with <organisation>": re-checks that the link is usable now and returns the signed cookie value
 * (./invitation-cookie.ts) that lets the OpenID sign-in which follows create the account (lib/auth/external-identity.ts).
 */
export async function prepareInvitationSignIn(actor: Actor, input: unknown, ip: string): Promise<string> {
  authorize(actor, "invitations.accept");
  await limit(ip);
  if (!oidcSettings()) throw new AppError("NOT_FOUND", "Signing in with an organisation is not set up here.");
  const { token } = parseInput(invitationSignInSchema, input);
  const tokenHash = hashToken(token);
  const state = stateOf(
    await db.invitation.findUnique({
      where: { tokenHash },
      select: { acceptedAt: true, revokedAt: true, expiresAt: true },
    }),
  );
  if (state !== "valid") throw unusable(state);
  return signInvitationCookie(tokenHash);
}
