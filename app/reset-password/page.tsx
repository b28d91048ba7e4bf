import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { RESET_LINK_MESSAGES, resetLinkState } from "@/lib/account/reset-password";

export const metadata: Metadata = { title: "Set a new password", referrer: "no-referrer" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const secret = typeof token === "string" ? token : "";
  const state = await resetLinkState(secret);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold tracking-tight">Set a new password</h1>
      <div className="mt-6 flex flex-col gap-4">
        {state === "valid" ? (
          <ResetPasswordForm token={secret} />
        ) : (
          <>
            <Alert tone="error" title="This link cannot be used">
              <span data-testid="reset-link-state">{RESET_LINK_MESSAGES[state]}</span>
            </Alert>
            <Link className="underline" href="/forgot-password">
              Ask for a new link
            </Link>
          </>
        )}
      </div>
    </div>
  );
}
