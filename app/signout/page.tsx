import type { Metadata } from "next";
import { SignOutButton } from "@/components/auth/sign-out-button";

export const metadata: Metadata = { title: "Sign out" };

export default function SignOutPage() {
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold tracking-tight">Sign out</h1>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        You can still read published documents afterwards.
      </p>
      <div className="mt-6">
        <SignOutButton />
      </div>
    </div>
  );
}
