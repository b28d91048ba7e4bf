import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { AccountSecurity } from "@/components/account/account-security";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { NotificationSettingsForm } from "@/components/notifications/notification-settings-form";
import { capabilities } from "@/lib/auth/capabilities";
import { authOptions } from "@/lib/auth/options";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { loadPageData } from "@/lib/errors/load";
import { mailConfigured } from "@/lib/mail/mailer";
import { getNotificationSettings } from "@/lib/notifications/settings";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const session = await getServerSession(authOptions);
  if (!session) redirect("/signin?callbackUrl=%2Faccount");
  const { user } = session;
  const settings = await loadPageData(() => getNotificationSettings({ id: user.id, role: user.role }));
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold tracking-tight">Your account</h1>
      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">Name</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium">Email</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium">Role</dt>
        <dd data-testid="account-page-role">{ROLE_LABELS[user.role]}</dd>
      </dl>
      <h2 className="mt-8 text-lg font-semibold">What you can do</h2>
      <ul className="mt-2 list-disc pl-6" data-testid="capabilities">
        {capabilities({ id: user.id, role: user.role }).map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <h2 className="mt-8 text-lg font-semibold">Notifications</h2>
      {settings.ok ? (
        <NotificationSettingsForm initial={settings.data} mailOn={mailConfigured()} />
      ) : (
        <DatabaseUnavailable />
      )}
      <AccountSecurity actor={{ id: user.id, role: user.role }} email={user.email} />
    </div>
  );
}
