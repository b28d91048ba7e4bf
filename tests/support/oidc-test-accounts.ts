// The test OpenID provider's client and people (tests/support/oidc-test-provider.ts), shared with the specs.
export const OIDC_CLIENT = { id: "claimwise-e2e", secret: "claimwise-e2e-oidc-client-secret" };
export const OIDC_NAME = "Test University";

/** Sign in at the provider's (development) login form with the `sub` as login and any password. */
export const OIDC_PEOPLE = {
  verified: { sub: "vera-verified", email: "oidc-verified@e2e.test", email_verified: true, name: "Vera Fied" },
  unverified: { sub: "una-unverified", email: "oidc-unverified@e2e.test", email_verified: false, name: "Una Fied" },
  /** Unverified too, but joins by an invitation (self-service.spec.ts), so `unverified` stays refused in any order. */
  invitee: { sub: "ivo-invitee", email: "oidc-invitee@e2e.test", email_verified: false, name: "Ivo Invitee" },
} as const;
