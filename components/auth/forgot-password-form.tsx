"use client";

import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { requestPasswordResetAction } from "@/lib/account/actions";

export function ForgotPasswordForm() {
  const [status, setStatus] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    setPending(true);
    setStatus(null);
    try {
      const result = await requestPasswordResetAction({ email });
      setStatus(result.ok ? { tone: "info", text: result.data.message } : { tone: "error", text: result.message });
    } catch {
      setStatus({ tone: "error", text: "Could not reach the server. Check your connection and try again." });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Enter the e-mail address of your account. We will send it a link to set a new password.
      </p>
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      <Field id="email" name="email" type="email" label="Email" autoComplete="username" required />
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send me a link"}
      </Button>
    </form>
  );
}
