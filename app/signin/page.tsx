import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { oidcSettings } from "@/lib/auth/oidc-provider";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

export const metadata: Metadata = { title: "Sign in" };

type Props = {
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[]; reset?: string | string[] }>;
};

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error, reset } = await searchParams;
  const problem = typeof error === "string" ? signInErrorMessage(error) : null;
  const organisation = oidcSettings()?.name ?? null;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        Reviewers, editors and members sign in here. Published documents can be read without an account.
      </p>
      <div className="mt-6 flex flex-col gap-4">
        {problem && <Alert tone="error">{problem}</Alert>}
        {reset === "1" && <Alert>Your password is set. Sign in with the new one.</Alert>}
        <SignInForm
          callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined}
          organisation={organisation}
        />
        <p className="text-sm">
          <Link className="underline" href="/forgot-password">
            Forgot password?
          </Link>
        </p>
      </div>
    </div>
  );
}
