"use client";

import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { acceptInvitationAction } from "@/lib/invitations/actions";

/** Name and password for the invited account; on success it signs in with them and goes to the home page. */
export function AcceptInvitationForm({
  token,
  email,
  minPasswordLength,
}: {
  token: string;
  email: string;
  /** lib/users/schemas.ts's rule, handed over by the page (the schema module stays on the server). */
  minPasswordLength: number;
}) {
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirm") ?? "")) {
      setFields({ confirm: "The two passwords differ." });
      return;
    }
    setPending(true);
    setError(null);
    setFields({});
    try {
      const result = await acceptInvitationAction({ token, name: String(form.get("name") ?? ""), password });
      if (!result.ok) {
        const details = (result.details as { fields?: Record<string, string[]> } | undefined)?.fields;
        if (details) setFields(Object.fromEntries(Object.entries(details).map(([k, v]) => [k, v[0] ?? ""])));
        else setError(result.message);
        return;
      }
      const signedIn = await signIn("credentials", { redirect: false, email: result.data.email, password });
      window.location.assign(signedIn && !signedIn.error ? "/" : "/signin");
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <Field id="name" name="name" label="Your name" autoComplete="name" required error={fields.name} />
      <Field
        id="password"
        name="password"
        type="password"
        label={`Password (at least ${minPasswordLength} characters)`}
        autoComplete="new-password"
        required
        error={fields.password}
      />
      <Field
        id="confirm"
        name="confirm"
        type="password"
        label="The password again"
        autoComplete="new-password"
        required
        error={fields.confirm}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account and sign in"}
      </Button>
    </form>
  );
}
