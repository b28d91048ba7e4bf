import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";

/** next-auth's id for the organisation's OpenID provider: its callback is `/api/auth/callback/oidc`. */
export const OIDC_PROVIDER_ID = "oidc";

/** The claims of an ID token this app reads (OpenID Connect Core §5.1). */
export interface OidcProfile {
  iss?: string;
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  given_name?: string;
  family_name?: string;
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  scope: string;
}

/** The OpenID provider configured by `OIDC_ISSUER`, `OIDC_CLIENT_ID` and `OIDC_CLIENT_SECRET`, or null when any is missing. */
export function oidcSettings(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  const issuer = env.OIDC_ISSUER?.trim().replace(/\/$/, "");
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer,
    clientId,
    clientSecret,
    name: env.OIDC_NAME?.trim() || "your organisation",
    // ORCID gives no e-mail: it is configured with OIDC_SCOPES=openid (README "Sign in with an organisation").
    scope: env.OIDC_SCOPES?.trim() || "openid email profile",
  };
}

/** The claims of an ID token that next-auth's OpenID client has already validated (signature, issuer, nonce). */
function idTokenClaims(idToken: string | undefined): OidcProfile {
  const payload = idToken?.split(".")[1];
  if (!payload) throw new Error("The OpenID provider sent no ID token.");
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as OidcProfile;
}

/**
 * A generic OpenID Connect provider: discovery from the issuer, the authorization code flow with PKCE, state and a
 * nonce, and the identity read from the signed ID token. Who may sign in with it is decided by the signIn callback
 * (lib/auth/external-identity.ts), not here.
 */
export function oidcProvider(settings: OidcSettings): OAuthConfig<OidcProfile> {
  return {
    id: OIDC_PROVIDER_ID,
    name: settings.name,
    type: "oauth",
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: settings.scope } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    userinfo: {
      // Providers put the e-mail claims in the ID token or only at the userinfo endpoint (OpenID Connect Core §5.4,
      // §5.5). The ID token is validated either way; userinfo is asked only when it lacks an e-mail that was asked
      // for, and counts only for the same `sub` (§5.3.2).
      async request({ tokens, client }) {
        const claims = idTokenClaims(tokens.id_token);
        if (claims.email || !tokens.access_token || !settings.scope.split(/\s+/).includes("email")) return claims;
        const info = (await client.userinfo(tokens.access_token)) as unknown as OidcProfile;
        return info.sub === claims.sub ? { ...info, ...claims } : claims;
      },
    },
    profile(profile) {
      const name = profile.name || [profile.given_name, profile.family_name].filter(Boolean).join(" ");
      // next-auth's User needs these; the real role and session version come from our database on sign-in.
      return { id: profile.sub, name: name || profile.sub, email: profile.email, role: "READER", sessionVersion: 0 };
    },
  };
}
