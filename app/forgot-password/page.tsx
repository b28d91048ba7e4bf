import type { Metadata } from "next";
import { connection } from "next/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { Alert } from "@/components/ui/alert";
import { RESETS_NEED_MAIL } from "@/lib/account/password-reset";
import { mailConfigured } from "@/lib/mail/mailer";

export const metadata: Metadata = { title: "Forgot password" };

export default async function ForgotPasswordPage() {
  // Whether mail is set up is read when the page is requested, not when it was built.
  await connection();
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold tracking-tight">Forgot your password?</h1>
      <div className="mt-6">
        {mailConfigured() ? <ForgotPasswordForm /> : <Alert title="Resets need e-mail">{RESETS_NEED_MAIL}</Alert>}
      </div>
    </div>
  );
}
