import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { hashToken, looksLikeToken } from "@/lib/tokens/token-secret";
import type { Actor } from "./roles";
import { isSameOrigin } from "./same-origin";
import { currentActor } from "./session";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Who is calling the REST API: the holder of a valid `Authorization: Bearer` token, else the session cookie's user,
 * else anonymous. A bearer header that is present but wrong is an error, never a silent fall-back to anonymous.
 * A write that the session cookie authenticates must come from our own origin: a browser attaches the cookie to
 * requests other sites' pages make (CSRF), but never an Authorization header, so bearer writes need no such proof.
 */
export async function requestActor(request: Request): Promise<Actor> {
  const header = request.headers.get("authorization");
  if (!header) {
    const actor = await currentActor();
    if (actor && !SAFE_METHODS.has(request.method) && !isSameOrigin(request)) {
      throw new AppError("FORBIDDEN", "This request did not come from a page of this site. Nothing was changed.");
    }
    return actor;
  }
  const [scheme, secret] = header.split(/\s+/, 2);
  if (scheme?.toLowerCase() !== "bearer" || !secret || !looksLikeToken(secret)) {
    throw new AppError("UNAUTHENTICATED", "The Authorization header must be `Bearer <API token>`.");
  }
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(secret) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: { id: true, role: true, disabled: true } },
    },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= new Date()) || token.user.disabled) {
    throw new AppError("UNAUTHENTICATED", "This API token is not valid (unknown, revoked or expired).");
  }
  // "Last used" is shown to the owner to the minute; writing it on every request would make each read a write.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return { id: token.user.id, role: token.user.role };
}
