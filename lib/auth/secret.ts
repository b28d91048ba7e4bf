/** Secrets that must never sign production sessions (the demo's and the examples'). */
const WEAK_SECRETS = new Set(["changeme", "secret", "claimwise-development-secret"]);

export const DEVELOPMENT_SECRET = "claimwise-development-secret";

/** Why the configured NEXTAUTH_SECRET is unfit for production, or null when it is fine. */
export function productionSecretProblem(secret: string | undefined): string | null {
  if (!secret) return "NEXTAUTH_SECRET is not set.";
  if (WEAK_SECRETS.has(secret)) return "NEXTAUTH_SECRET is a well-known placeholder.";
  if (secret.length < 32) return "NEXTAUTH_SECRET is shorter than 32 characters.";
  return null;
}

export function authSecret(env: NodeJS.ProcessEnv = process.env): string | undefined {
  // In production next-auth itself refuses to run without a secret; instrumentation.ts stops the server first.
  return env.NEXTAUTH_SECRET || (env.NODE_ENV === "production" ? undefined : DEVELOPMENT_SECRET);
}
