// A real OpenID provider for tests: the certified `oidc-provider` package with one confidential client and the
// people of oidc-test-accounts.ts (one with a verified e-mail, one without). Its development login form takes any
// password for a known `sub`. As a process (Playwright's webServer):
// `tsx tests/support/oidc-test-provider.ts <port> <redirectUri>`; the issuer is `http://127.0.0.1:<port>`.
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { OIDC_CLIENT, OIDC_PEOPLE } from "./oidc-test-accounts";

const SCOPE = "openid email profile";

export function startOidcProvider(port: number, redirectUri: string) {
  const people = Object.values(OIDC_PEOPLE);
  const configuration: Configuration = {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    cookies: { keys: ["claimwise-e2e-oidc-cookie-key"] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, id) {
      const person = people.find((p) => p.sub === id);
      if (!person) return undefined;
      return { accountId: person.sub, claims: async () => ({ ...person }) };
    },
    // A first-party client: consent is implied, so the test signs in without a consent screen.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(SCOPE);
      grant.addOIDCClaims(["email", "email_verified", "name"]);
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(`http://127.0.0.1:${port}`, configuration);
  // The error page says only "server_error": the cause goes to the test run's log.
  provider.on("server_error", (_ctx, error) => console.error("test OpenID provider:", error));
  return provider.listen(port, "127.0.0.1");
}

if (process.argv[1]?.endsWith("oidc-test-provider.ts")) {
  const [port, redirectUri] = process.argv.slice(2);
  if (!port || !redirectUri) throw new Error("usage: tsx tests/support/oidc-test-provider.ts <port> <redirectUri>");
  startOidcProvider(Number(port), redirectUri);
  console.log(`test OpenID provider at http://127.0.0.1:${port}`);
}
