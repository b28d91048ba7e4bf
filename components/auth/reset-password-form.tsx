"use client";

import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { resetPasswordAction } from "@/lib/account/actions";
import { NewPasswordFields } from "./new-password-fields";

export function ResetPasswordForm({ token }: { token: string }) {
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    setError(null);
    setFieldError(null);
    if (password !== form.get("confirmPassword")) return setFieldError("The two passwords differ.");
    setPending(true);
    try {
      const result = await resetPasswordAction({ token, password });
      if (result.ok) return window.location.assign("/signin?reset=1");
      const fields = (result.details as { fields?: Record<string, string[]> } | undefined)?.fields;
      if (fields?.password) setFieldError(fields.password[0] ?? result.message);
      else setError(result.message);
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <NewPasswordFields name="password" error={fieldError ?? undefined} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Set password"}
      </Button>
    </form>
  );
}
