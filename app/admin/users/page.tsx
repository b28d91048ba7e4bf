import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AdminNav, utc } from "@/components/admin/admin-nav";
import { InvitationActions } from "@/components/admin/invitation-actions";
import { InviteForm } from "@/components/admin/invite-form";
import { UserActions } from "@/components/admin/user-actions";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Pager } from "@/components/ui/pager";
import { listUsers } from "@/lib/admin/users";
import { can } from "@/lib/auth/policy";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { currentActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { loadPageData } from "@/lib/errors/load";
import { listPendingInvitations } from "@/lib/invitations/invitations";

export const metadata: Metadata = { title: "Users and invitations" };

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function AdminUsersPage({ searchParams }: Props) {
  const actor = await currentActor();
  if (!actor) redirect("/signin?callbackUrl=%2Fadmin%2Fusers");
  if (!can(actor, "users.manage")) notFound();
  const params = await searchParams;
  const q = one(params.q)?.trim() || undefined;
  const query = { q, page: one(params.page) ?? 1 };
  const result = await loadPageData(async () => {
    try {
      return { users: await listUsers(actor, query), invitations: await listPendingInvitations(actor), error: null };
    } catch (error) {
      // A search the schema refuses (too long, a page beyond the end) is shown, not a crash.
      if (error instanceof AppError && error.code === "INVALID") {
        return { users: null, invitations: await listPendingInvitations(actor), error: error.message };
      }
      throw error;
    }
  });
  if (!result.ok) return <DatabaseUnavailable />;
  const { users, invitations, error } = result.data;
  const now = new Date();
  const pageHref = (page: number) => `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(page) })}`;

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Users and invitations</h1>
        <AdminNav current="/admin/users" />
      </div>

      <InviteForm />

      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading" className="text-lg font-semibold">
          Pending invitations
        </h2>
        {invitations.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">None.</p>
        ) : (
          <table className="mt-2 w-full text-left text-sm" data-testid="invitations">
            <thead>
              <tr>
                <th scope="col">E-mail</th>
                <th scope="col">Role</th>
                <th scope="col">Invited by</th>
                <th scope="col">Expires</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id} className="border-t border-slate-200 align-top dark:border-slate-800">
                  <td className="py-2">{invitation.email}</td>
                  <td>{ROLE_LABELS[invitation.role]}</td>
                  <td>{invitation.invitedBy?.name ?? "—"}</td>
                  <td>{invitation.expiresAt <= now ? <Badge>Expired</Badge> : utc(invitation.expiresAt)}</td>
                  <td>
                    <InvitationActions invitation={{ id: invitation.id, email: invitation.email }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="users-heading" className="flex flex-col gap-3">
        <h2 id="users-heading" className="text-lg font-semibold">
          Users
        </h2>
        <search>
          <form action="/admin/users" className="flex flex-wrap items-end gap-2">
            <div className="flex flex-col gap-1">
              <label htmlFor="user-search" className="text-sm font-medium">
                Name or e-mail
              </label>
              <input
                id="user-search"
                name="q"
                type="search"
                defaultValue={q}
                className="rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900"
              />
            </div>
            <button type="submit" className={buttonClass("secondary")}>
              Search
            </button>
          </form>
        </search>
        {error && <Alert tone="error">{error}</Alert>}
        {users && (
          <>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {users.total} user{users.total === 1 ? "" : "s"}
              {q ? ` matching “${q}”` : ""}.
            </p>
            <table className="w-full text-left text-sm" data-testid="users">
              <thead>
                <tr>
                  <th scope="col">User</th>
                  <th scope="col">Role</th>
                  <th scope="col">Last sign-in</th>
                  <th scope="col">Manage</th>
                </tr>
              </thead>
              <tbody>
                {users.items.map((user) => (
                  <tr
                    key={user.id}
                    className="border-t border-slate-200 align-top dark:border-slate-800"
                    data-testid={`user-${user.email}`}
                  >
                    <td className="py-2">
                      <span className="block font-medium">{user.name}</span>
                      <span className="block">{user.email}</span>
                      {user.disabled && <Badge>Disabled</Badge>}
                    </td>
                    <td>{ROLE_LABELS[user.role]}</td>
                    <td>{utc(user.lastSignInAt)}</td>
                    <td>
                      <UserActions
                        user={{ id: user.id, email: user.email, role: user.role, disabled: user.disabled }}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager
              label="Pages of users"
              previous={users.page > 1 ? pageHref(users.page - 1) : null}
              next={users.page * users.pageSize < users.total ? pageHref(users.page + 1) : null}
            />
          </>
        )}
      </section>
    </div>
  );
}
