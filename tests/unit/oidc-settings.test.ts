import { describe, expect, it } from "vitest";
import { oidcSettings } from "@/lib/auth/oidc-provider";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv;

describe("OpenID Connect settings", () => {
  it("are off unless issuer, client id and secret are all set", () => {
    expect(oidcSettings(env({}))).toBeNull();
    expect(oidcSettings(env({ OIDC_ISSUER: "https://orcid.org", OIDC_CLIENT_ID: "APP-1" }))).toBeNull();
    expect(oidcSettings(env({ OIDC_ISSUER: " ", OIDC_CLIENT_ID: "APP-1", OIDC_CLIENT_SECRET: "s" }))).toBeNull();
  });

  it("default the name and scopes, and drop a trailing slash from the issuer", () => {
    expect(
      oidcSettings(env({ OIDC_ISSUER: "https://id.example.org/", OIDC_CLIENT_ID: "c", OIDC_CLIENT_SECRET: "s" })),
    ).toEqual({
      issuer: "https://id.example.org",
      clientId: "c",
      clientSecret: "s",
      name: "your organisation",
      scope: "openid email profile",
    });
    const orcid = oidcSettings(
      env({
        OIDC_ISSUER: "https://orcid.org",
        OIDC_CLIENT_ID: "APP-1",
        OIDC_CLIENT_SECRET: "s",
        OIDC_NAME: "ORCID",
        OIDC_SCOPES: "openid",
      }),
    );
    expect(orcid).toMatchObject({ name: "ORCID", scope: "openid" });
  });

  it("explain every refusal of an external sign-in in words", () => {
    expect(signInErrorMessage("OidcNoAccount")).toMatch(/ask an administrator to invite you/);
    expect(signInErrorMessage("OidcDisabled")).toMatch(/disabled/);
    expect(signInErrorMessage("OAuthCallback")).toMatch(/did not work/);
    expect(signInErrorMessage("SessionRequired")).toBeNull();
  });
});
