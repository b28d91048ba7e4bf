import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { AcceptWithOrganisation } from "@/components/invitations/accept-with-organisation";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { Alert } from "@/components/ui/alert";
import { clientIp } from "@/lib/auth/client-ip";
import { oidcSettings } from "@/lib/auth/oidc-provider";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { AppError } from "@/lib/errors/app-error";
import { loadPageData } from "@/lib/errors/load";
import { invitationMessage, viewInvitation } from "@/lib/invitations/accept-invitation";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/schemas";

export const metadata: Metadata = { title: "Accept your invitation", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const ip = clientIp(await headers());
  const result = await loadPageData(async () => {
    try {
      return { view: await viewInvitation(token, ip), limited: null };
    } catch (error) {
      if (error instanceof AppError && error.code === "RATE_LIMITED") return { view: null, limited: error.message };
      throw error;
    }
  });
  if (!result.ok) return <DatabaseUnavailable />;
  const { view, limited } = result.data;
  const organisation = oidcSettings()?.name ?? null;

  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold tracking-tight">Your invitation to Claimwise</h1>
      {limited && <Alert tone="error">{limited}</Alert>}
      {view && view.state !== "valid" && (
        <div data-testid="invitation-state" data-state={view.state}>
          <Alert tone="error" title="This link cannot be used">
            {invitationMessage(view.state)}{" "}
            {view.state === "used" && (
              <Link href="/signin" className="underline">
                Sign in
              </Link>
            )}
          </Alert>
        </div>
      )}
      {view?.state === "valid" && (
        <>
          <p data-testid="invitation-summary">
            {view.invitedBy} invited <strong>{view.email}</strong> to join as{" "}
            <strong>{ROLE_LABELS[view.role!].toLowerCase()}</strong>. Choose your name and a password; the link works
            once, until {view.expiresAt!.toUTCString()}.
          </p>
          {organisation && (
            <>
              <AcceptWithOrganisation token={token} organisation={organisation} />
              <p className="text-center text-sm text-slate-700 dark:text-slate-300">or choose a password</p>
            </>
          )}
          <AcceptInvitationForm token={token} email={view.email!} minPasswordLength={MIN_PASSWORD_LENGTH} />
        </>
      )}
    </div>
  );
}
