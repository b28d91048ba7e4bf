import { createHash, randomBytes } from "node:crypto";

const PREFIX = "cw_";

/** A new API token: the secret is shown once; only its SHA-256 is stored. */
export function newTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = PREFIX + randomBytes(32).toString("base64url");
  return { secret, hash: hashToken(secret), prefix: secret.slice(0, PREFIX.length + 6) };
}

export function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function looksLikeToken(value: string): boolean {
  return value.startsWith(PREFIX) && value.length > PREFIX.length + 20 && value.length < 200;
}
