import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { TierModelStatusLine } from "@/components/editor/tier-model-status";
import { EditorDashboard } from "@/components/editorial/editor-dashboard";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { can } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { getTierModelStatus } from "@/lib/claims/tier-model-status";
import { getDashboard } from "@/lib/editorial/dashboard";
import { loadPageData } from "@/lib/errors/load";

export const metadata: Metadata = { title: "Editorial dashboard" };

export default async function EditorPage() {
  const actor = await currentActor();
  if (!actor) redirect("/signin?callbackUrl=%2Feditor");
  if (!can(actor, "assignments.manage")) notFound();
  const result = await loadPageData(() => getDashboard(actor));
  if (!result.ok) return <DatabaseUnavailable />;
  return (
    <>
      <EditorDashboard dashboard={result.data} />
      {can(actor, "users.manage") && <TierModelStatusLine status={getTierModelStatus(actor)} />}
    </>
  );
}
