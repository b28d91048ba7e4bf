import "server-only";
import { randomBytes } from "node:crypto";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import type { Role } from "@/lib/auth/roles";
import { sendMail } from "@/lib/mail/mailer";
import { hashToken } from "@/lib/tokens/token-secret";

export const INVITATION_DAYS = 7;

/** A new one-time secret for a link: 256 random bits; only its SHA-256 is stored, like API tokens'. */
export function newInvitationSecret(): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000) };
}

export const invitationPath = (token: string) => `/invite/${token}`;

/**
 * E-mails the link when SMTP is configured. Returns the link for the admin to pass on themselves when it was not
 * sent (no SMTP, or the server refused it): that is the only time it is ever shown.
 */
export async function deliverInvitation(invitation: {
  email: string;
  role: Role;
  token: string;
  expiresAt: Date;
  invitedBy: string;
  origin: string;
}): Promise<{ mailed: boolean; link: string | null }> {
  const link = `${invitation.origin}${invitationPath(invitation.token)}`;
  const result = await sendMail({
    to: invitation.email,
    subject: "You are invited to Claimwise",
    text: [
      `${invitation.invitedBy} invited you to Claimwise as ${ROLE_LABELS[invitation.role].toLowerCase()}.`,
      "",
      "Open this link to choose your name and password (it works once):",
      link,
      "",
      `The link expires on ${invitation.expiresAt.toUTCString()}. If you did not expect it, ignore this message.`,
    ].join("\n"),
  });
  return result.sent ? { mailed: true, link: null } : { mailed: false, link };
}
