"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { startInvitationSignInAction } from "@/lib/invitations/actions";

/**
 * The other way to accept: the server re-checks the link and binds it to this browser's next OpenID sign-in (a signed,
 * short-lived cookie), then the organisation signs the invitee in and the callback creates the invited account.
 */
export function AcceptWithOrganisation({ token, organisation }: { token: string; organisation: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onClick() {
    setPending(true);
    setError(null);
    try {
      const result = await startInvitationSignInAction({ token });
      if (!result.ok) {
        setError(result.message);
        setPending(false);
        return;
      }
      // Leaves the page for the provider; stays "pending" until it does.
      await signIn("oidc", { callbackUrl: "/" });
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col gap-2">
      {error && <Alert tone="error">{error}</Alert>}
      <Button variant="secondary" onClick={onClick} disabled={pending}>
        Accept with {organisation}
      </Button>
    </div>
  );
}
