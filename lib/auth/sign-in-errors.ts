import type { RefusalReason } from "./external-identity";

const REFUSALS: Record<RefusalReason, string> = {
  OidcNoAccount:
    "Your organisation signed you in, but no Claimwise account is linked to that identity. Accounts are linked by an e-mail address your organisation has verified, or by an administrator's invitation: ask an administrator to invite you.",
  OidcDisabled: "This account is disabled. Ask an administrator if you think it should not be.",
  OidcOtherIdentity:
    "The Claimwise account with your e-mail address is already linked to another identity at your organisation. Sign in with that one, or with your password.",
  OidcInvitationUnusable:
    "Your organisation signed you in, but the invitation could not be used: it has expired, was used or withdrawn, or its address has an account by now. Open the link from the e-mail again to see which, or ask an administrator for a new one.",
};

/**
 * What the sign-in page says for the `error` next-auth (or our signIn callback) put in its URL; null for codes that
 * need no message. next-auth's own codes: https://next-auth.js.org/configuration/pages#sign-in-page
 */
export function signInErrorMessage(code: string): string | null {
  if (code in REFUSALS) return REFUSALS[code as RefusalReason];
  if (code === "SessionRequired") return null;
  if (code === "CredentialsSignin") return "The email or password is incorrect.";
  if (["OAuthSignin", "OAuthCallback", "OAuthAccountNotLinked", "Callback", "AccessDenied"].includes(code))
    return "Signing in with your organisation did not work. Try again, or sign in with your password.";
  return "Signing in did not work. Try again.";
}
