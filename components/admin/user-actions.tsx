"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { updateUserAction } from "@/lib/admin/actions";
import type { UpdateUserInput } from "@/lib/admin/schemas";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { ROLES, type Role } from "@/lib/auth/roles";

/** A user's row controls: change role, disable or enable, end every session. Errors (the last admin) show inline. */
export function UserActions({ user }: { user: { id: string; email: string; role: Role; disabled: boolean } }) {
  const router = useRouter();
  const [role, setRole] = useState<Role>(user.role);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (change: Omit<UpdateUserInput, "userId">, done: string) =>
    startTransition(async () => {
      const result = await updateUserAction({ userId: user.id, ...change });
      setMessage(result.ok ? done : result.message);
      if (result.ok) router.refresh();
      else setRole(user.role);
    });

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor={`role-${user.id}`}>
          Role of {user.email}
        </label>
        <select
          id={`role-${user.id}`}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-500 dark:bg-slate-900"
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        <Button
          variant="secondary"
          className="px-2 py-1"
          disabled={pending || role === user.role}
          onClick={() => run({ role }, `Role changed to ${ROLE_LABELS[role]}.`)}
        >
          Change role
        </Button>
        <Button
          variant="secondary"
          className="px-2 py-1"
          disabled={pending}
          onClick={() =>
            run({ disabled: !user.disabled }, user.disabled ? "Enabled." : "Disabled: their sessions have ended.")
          }
        >
          {user.disabled ? "Enable" : "Disable"}
        </Button>
        <Button
          variant="secondary"
          className="px-2 py-1"
          disabled={pending || user.disabled}
          onClick={() => run({ signOut: true }, "Signed out everywhere.")}
        >
          Sign out
        </Button>
      </div>
      <p role="status" className="text-sm" data-testid={`user-message-${user.email}`}>
        {message}
      </p>
    </div>
  );
}
