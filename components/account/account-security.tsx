import { hasPassword } from "@/lib/account/change-password";
import type { Actor } from "@/lib/auth/roles";
import { listOwnTokens } from "@/lib/tokens/own-tokens";
import { ApiTokens, type TokenRow } from "./api-tokens";
import { ChangePasswordForm } from "./change-password-form";

const day = (date: Date) =>
  date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const minute = (date: Date) =>
  date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** The account page's own part of self-service: the password and personal API tokens. */
export async function AccountSecurity({ actor, email }: { actor: NonNullable<Actor>; email: string }) {
  const now = new Date();
  const [ownTokens, withPassword] = await Promise.all([listOwnTokens(actor), hasPassword(actor)]);
  const tokens: TokenRow[] = ownTokens.map((token) => ({
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    created: day(token.createdAt),
    lastUsed: token.lastUsedAt ? `${minute(token.lastUsedAt)} UTC` : null,
    expires: token.expiresAt ? day(token.expiresAt) : null,
    expired: token.expiresAt !== null && token.expiresAt <= now,
  }));
  return (
    <>
      <section aria-labelledby="password-heading" className="mt-8">
        <h2 id="password-heading" className="text-lg font-semibold">
          Password
        </h2>
        {withPassword ? (
          <>
            <p className="mt-1 mb-3 text-sm text-slate-700 dark:text-slate-300">
              Changing it signs out every other browser and device where you are signed in.
            </p>
            <ChangePasswordForm email={email} />
          </>
        ) : (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            You sign in through your organisation: this account has no password.
          </p>
        )}
      </section>
      <section aria-labelledby="tokens-heading" className="mt-8">
        <h2 id="tokens-heading" className="text-lg font-semibold">
          API tokens
        </h2>
        <p className="mt-1 mb-3 text-sm text-slate-700 dark:text-slate-300">
          For scripts that use the REST API (
          <a className="underline" href="/api/v1/openapi.json">
            OpenAPI
          </a>
          ). A token acts as you, with your role.
        </p>
        <ApiTokens tokens={tokens} />
      </section>
    </>
  );
}
