import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

/**
 * Binds an invitation to the OpenID sign-in that follows "Accept with …" on its page: the browser carries this cookie
 * through the provider's round trip, and the signIn callback believes it only because it is signed with the server's
 * secret (NEXTAUTH_SECRET). It names the invitation by its token's hash, so a resent (re-keyed) invitation is not
 * bound by an older cookie, and it expires after ten minutes, enough for one sign-in.
 */
export const INVITATION_COOKIE = "claimwise.invitation";
export const INVITATION_COOKIE_SECONDS = 10 * 60;

const HASH = /^[0-9a-f]{64}$/;

function mac(payload: string): Buffer {
  const secret = authSecret();
  // In production the server does not start without one (instrumentation.ts); never sign with an empty key.
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set.");
  return createHmac("sha256", secret).update(`invitation-cookie:${payload}`).digest();
}

/** The cookie's value for an invitation's token hash, valid until now + INVITATION_COOKIE_SECONDS. */
export function signInvitationCookie(tokenHash: string, now = Date.now()): string {
  const payload = `${tokenHash}.${now + INVITATION_COOKIE_SECONDS * 1000}`;
  return `${payload}.${mac(payload).toString("base64url")}`;
}

/** The token hash a cookie value carries, or null when it is absent, malformed, forged or expired. */
export function readInvitationCookie(value: string | undefined, now = Date.now()): string | null {
  const [tokenHash, expires, signature, ...rest] = value?.split(".") ?? [];
  if (!tokenHash || !expires || !signature || rest.length > 0 || !HASH.test(tokenHash)) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(`${tokenHash}.${expires}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return Number(expires) > now ? tokenHash : null;
}

/** The cookie's attributes: HttpOnly, and SameSite=Lax so it comes back on the provider's top-level redirect. */
export function invitationCookieOptions(maxAge = INVITATION_COOKIE_SECONDS) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    path: "/",
    maxAge,
  };
}
