"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { ROLES, type Role } from "@/lib/auth/roles";
import { inviteUserAction } from "@/lib/invitations/actions";

type Outcome = { tone: "error"; text: string } | { tone: "info"; text: string; link: string | null };

/** Invite by e-mail with a role; the link is e-mailed, or shown here once when the server cannot send mail. */
export function InviteForm() {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      const result = await inviteUserAction({ email: String(data.get("email") ?? ""), role: data.get("role") as Role });
      if (!result.ok) {
        setOutcome({ tone: "error", text: result.message });
        return;
      }
      const { invitation, mailed, link } = result.data;
      setOutcome({
        tone: "info",
        text: mailed
          ? `Invitation e-mailed to ${invitation.email}.`
          : `E-mail is not set up (or failed): give ${invitation.email} this link yourself. It is shown only now.`,
        link,
      });
      form.reset();
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" aria-labelledby="invite-heading" noValidate>
      <h2 id="invite-heading" className="text-lg font-semibold">
        Invite someone
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <Field id="invite-email" name="email" type="email" label="E-mail" required autoComplete="off" />
        <div className="flex flex-col gap-1">
          <label htmlFor="invite-role" className="text-sm font-medium">
            Role
          </label>
          <select
            id="invite-role"
            name="role"
            defaultValue="REVIEWER"
            className="rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Inviting…" : "Send invitation"}
        </Button>
      </div>
      {outcome && (
        <Alert tone={outcome.tone}>
          <p>{outcome.text}</p>
          {outcome.tone === "info" && outcome.link && (
            <p className="mt-2 break-all font-mono" data-testid="invitation-link">
              {outcome.link}
            </p>
          )}
        </Alert>
      )}
    </form>
  );
}
