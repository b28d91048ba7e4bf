import "server-only";
import { randomBytes } from "node:crypto";
import { hit, type Limit } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { mailConfigured, sendMail } from "@/lib/mail/mailer";
import { afterResponse } from "@/lib/server/after-response";
import { hashToken } from "@/lib/tokens/token-secret";
import { parseInput } from "@/lib/validation/parse";
import { requestPasswordResetSchema } from "./schemas";

/** How long an e-mailed reset link works (OWASP Forgot Password Cheat Sheet: short-lived, single use). */
export const RESET_LINK_TTL_MS = 60 * 60_000;
/** A mailbox is not to be flooded by strangers; an address gets room for a shared office or NAT. */
export const RESET_ADDRESS_LIMIT: Limit = { max: 5, windowMs: 60 * 60_000 };
export const RESET_IP_LIMIT: Limit = { max: 20, windowMs: 15 * 60_000 };

/** The one answer, whether or not an account uses the address (no account enumeration). */
export const RESET_REQUESTED =
  "If an account uses that address, we have e-mailed it a link to set a new password. The link works once, for one hour.";
export const RESETS_NEED_MAIL =
  "Password resets are sent by e-mail, which this site has not set up. Ask an administrator to reset your password.";

/** The site's public URL for links in e-mails: never the request's Host header, which the sender controls. */
function publicUrl(): string {
  return (process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

/**
 * Starts a reset: answers the same for every address, after the same work (rate limits, one lookup, a secret).
 * Storing the link and sending the e-mail happen after the response, so its timing does not tell whether an
 * account exists either. Only the secret's SHA-256 is stored; the e-mail carries the secret.
 */
export async function requestPasswordReset(input: unknown, ip: string): Promise<{ message: string }> {
  if (!mailConfigured()) throw new AppError("UNAVAILABLE", RESETS_NEED_MAIL);
  const { email } = parseInput(requestPasswordResetSchema, input);
  const [address, client] = await Promise.all([
    hit(`reset:address:${email}`, RESET_ADDRESS_LIMIT),
    hit(`reset:ip:${ip}`, RESET_IP_LIMIT),
  ]);
  if (address.count > RESET_ADDRESS_LIMIT.max || client.count > RESET_IP_LIMIT.max) {
    throw new AppError("RATE_LIMITED", "Too many reset requests. Try again in an hour.");
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, disabled: true } });
  const secret = randomBytes(32).toString("base64url");
  const tokenHash = hashToken(secret);
  await afterResponse(async () => {
    if (!user || user.disabled) return;
    await db.passwordReset.create({
      data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + RESET_LINK_TTL_MS) },
    });
    const link = `${publicUrl()}/reset-password?token=${secret}`;
    await sendMail({
      to: email,
      subject: "Set a new Claimwise password",
      text: [
        `Hello ${user.name},`,
        "",
        "Someone (we hope you) asked to set a new password for your Claimwise account. Open this link to choose one:",
        "",
        link,
        "",
        "The link works once, for one hour. If you did not ask, ignore this e-mail: your password stays as it is.",
      ].join("\n"),
    });
  });
  return { message: RESET_REQUESTED };
}
