"use client";

import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

/** `organisation`: the name of the configured OpenID provider (lib/auth/oidc-provider.ts), or null for none. */
export function SignInForm({ callbackUrl, organisation }: { callbackUrl?: string; organisation: string | null }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        redirect: false,
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
      });
      if (!result || result.error) {
        setError(
          !result || result.error === "CredentialsSignin" ? "The email or password is incorrect." : result.error,
        );
        return;
      }
      window.location.assign(safeCallbackUrl(callbackUrl, window.location.origin));
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  const organisationSignIn = organisation && (
    <Button
      variant="secondary"
      onClick={() =>
        signIn("oidc", { callbackUrl: safeCallbackUrl(callbackUrl, window.location.origin) }).catch(() =>
          setError("Could not reach the server. Check your connection and try again."),
        )
      }
    >
      Sign in with {organisation}
    </Button>
  );

  return (
    <>
      {organisationSignIn}
      {organisationSignIn && <p className="text-center text-sm text-slate-700 dark:text-slate-300">or</p>}
      <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
        {error && <Alert tone="error">{error}</Alert>}
        <Field id="email" name="email" type="email" label="Email" autoComplete="username" required />
        <Field
          id="password"
          name="password"
          type="password"
          label="Password"
          autoComplete="current-password"
          required
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
    </>
  );
}
