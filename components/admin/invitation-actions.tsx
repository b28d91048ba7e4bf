"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/invitations/actions";

/** Resend (a new link, a new week) or revoke a pending invitation. */
export function InvitationActions({ invitation }: { invitation: { id: string; email: string } }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; link?: string | null } | null>(null);
  const [pending, startTransition] = useTransition();

  const resend = () =>
    startTransition(async () => {
      const result = await resendInvitationAction({ invitationId: invitation.id });
      if (!result.ok) return setMessage({ text: result.message });
      setMessage(
        result.data.mailed
          ? { text: `A new link was e-mailed to ${invitation.email}.` }
          : { text: "E-mail is not set up (or failed): pass on this new link yourself.", link: result.data.link },
      );
      router.refresh();
    });
  const revoke = () =>
    startTransition(async () => {
      const result = await revokeInvitationAction({ invitationId: invitation.id });
      if (!result.ok) return setMessage({ text: result.message });
      router.refresh();
    });

  return (
    <div className="flex flex-col gap-1">
      <div className="flex gap-2">
        <Button variant="secondary" className="px-2 py-1" disabled={pending} onClick={resend}>
          Resend
        </Button>
        <Button variant="secondary" className="px-2 py-1" disabled={pending} onClick={revoke}>
          Revoke
        </Button>
      </div>
      {message && (
        <p role="status" className="text-sm">
          {message.text}
          {message.link && <span className="block break-all font-mono">{message.link}</span>}
        </p>
      )}
    </div>
  );
}
