import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { redeemInvitation } from "@/lib/invitations/accept-invitation";
import { readInvitationCookie } from "@/lib/invitations/invitation-cookie";
import { emailSchema } from "@/lib/users/email";
import type { AuthenticatedUser } from "./login";

export interface ExternalIdentity {
  issuer: string;
  subject: string;
  email?: string;
  /** Only `email_verified: true` in the ID token counts; a missing claim is unverified. */
  emailVerified: boolean;
  /** The name an account created by invitation gets; the subject when the provider sends none (ORCID's `openid`). */
  name?: string;
}

/** Why an external sign-in was refused: the sign-in page's `error` parameter (app/signin/page.tsx). */
export type RefusalReason = "OidcNoAccount" | "OidcDisabled" | "OidcOtherIdentity" | "OidcInvitationUnusable";

export type ExternalSignIn = { ok: true; user: AuthenticatedUser } | { ok: false; reason: RefusalReason };

const userFields = {
  id: true,
  email: true,
  name: true,
  role: true,
  sessionVersion: true,
  disabled: true,
  externalSubject: true,
} as const satisfies Prisma.UserSelect;

/**
 * The account an external identity signs in to. An identity seen before signs in to its account. A new one is
 * linked to the existing account with the same e-mail only when the provider says it verified that address (an
 * unverified address is anyone's to claim). Otherwise an admin's invitation, bound to this sign-in by the signed
 * cookie its page set (`invitationCookie`, lib/invitations/invitation-cookie.ts), creates the invited account for it.
 * Nobody signs up by signing in: an identity with neither is refused, as is a disabled account.
 */
export async function signInExternal(identity: ExternalIdentity, invitationCookie?: string): Promise<ExternalSignIn> {
  const known = await db.user.findUnique({
    where: { externalIssuer_externalSubject: { externalIssuer: identity.issuer, externalSubject: identity.subject } },
    select: userFields,
  });
  if (known) return known.disabled ? { ok: false, reason: "OidcDisabled" } : { ok: true, user: withoutFlags(known) };

  const email = emailSchema.safeParse(identity.email ?? "");
  const byEmail =
    identity.emailVerified && email.success
      ? await db.user.findUnique({ where: { email: email.data }, select: userFields })
      : null;
  if (byEmail) return linkByVerifiedEmail(identity, byEmail);
  return acceptByInvitation(identity, invitationCookie);
}

async function linkByVerifiedEmail(
  identity: ExternalIdentity,
  byEmail: Prisma.UserGetPayload<{ select: typeof userFields }>,
): Promise<ExternalSignIn> {
  if (byEmail.disabled) return { ok: false, reason: "OidcDisabled" };
  // One external identity per account: a second one would let whoever holds it take over the first's sign-in.
  if (byEmail.externalSubject !== null) return { ok: false, reason: "OidcOtherIdentity" };

  const linked = await transaction(async (tx) => {
    const updated = await tx.user.updateMany({
      where: { id: byEmail.id, externalSubject: null, disabled: false },
      data: { externalIssuer: identity.issuer, externalSubject: identity.subject },
    });
    if (updated.count !== 1) return false;
    await recordAudit(tx, {
      actorId: byEmail.id,
      action: "account.update",
      entityType: "User",
      entityId: byEmail.id,
      after: { externalIssuer: identity.issuer, externalSubject: identity.subject, linkedBy: "verified e-mail" },
    });
    return true;
  });
  return linked ? { ok: true, user: withoutFlags(byEmail) } : { ok: false, reason: "OidcOtherIdentity" };
}

/** The invitation path: the same redemption as a password acceptance, with the identity instead of a password. */
async function acceptByInvitation(identity: ExternalIdentity, invitationCookie?: string): Promise<ExternalSignIn> {
  const tokenHash = readInvitationCookie(invitationCookie);
  if (!tokenHash) return { ok: false, reason: "OidcNoAccount" };
  try {
    const user = await redeemInvitation(tokenHash, {
      name: identity.name?.trim().slice(0, 120) || identity.subject,
      externalIssuer: identity.issuer,
      externalSubject: identity.subject,
    });
    return { ok: true, user };
  } catch (error) {
    // Used, expired or revoked since its page was opened, or its address has an account by now.
    if (error instanceof AppError) return { ok: false, reason: "OidcInvitationUnusable" };
    throw error;
  }
}

function withoutFlags(row: Prisma.UserGetPayload<{ select: typeof userFields }>): AuthenticatedUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role, sessionVersion: row.sessionVersion };
}
