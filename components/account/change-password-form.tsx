"use client";

import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { changePasswordAction } from "@/lib/account/actions";

type Status = { tone: "error" | "info"; text: string } | null;

/** Changing the password ends every session (lib/account/change-password.ts); this browser signs in again at once. */
export function ChangePasswordForm({ email }: { email: string }) {
  const [status, setStatus] = useState<Status>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const currentPassword = String(form.get("currentPassword") ?? "");
    const newPassword = String(form.get("newPassword") ?? "");
    setStatus(null);
    setFieldErrors({});
    if (newPassword !== form.get("confirmPassword")) {
      setFieldErrors({ confirmPassword: ["The two new passwords differ."] });
      return;
    }
    setPending(true);
    try {
      const result = await changePasswordAction({ currentPassword, newPassword });
      if (!result.ok) {
        const fields = (result.details as { fields?: Record<string, string[]> } | undefined)?.fields;
        if (fields) setFieldErrors(fields);
        else setStatus({ tone: "error", text: result.message });
        return;
      }
      const again = await signIn("credentials", { redirect: false, email, password: newPassword });
      formElement.reset();
      setStatus(
        again?.ok
          ? { tone: "info", text: "Your password is changed. Every other session of your account has been signed out." }
          : { tone: "info", text: "Your password is changed and every session signed out. Sign in with the new one." },
      );
    } catch {
      setStatus({ tone: "error", text: "Could not reach the server. Check your connection and try again." });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex max-w-sm flex-col gap-4" noValidate aria-label="Change password">
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      <Field
        id="current-password"
        name="currentPassword"
        type="password"
        label="Current password"
        autoComplete="current-password"
        error={fieldErrors.currentPassword?.[0]}
        required
      />
      <NewPasswordFields
        name="newPassword"
        error={fieldErrors.newPassword?.[0]}
        confirmError={fieldErrors.confirmPassword?.[0]}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
