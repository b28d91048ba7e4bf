import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { EditorDashboard } from "@/components/editorial/editor-dashboard";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { can } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { getDashboard } from "@/lib/editorial/dashboard";
import { loadPageData } from "@/lib/errors/load";

export const metadata: Metadata = { title: "Editorial dashboard" };

export default async function EditorPage() {
  const actor = await currentActor();
  if (!actor) redirect("/signin?callbackUrl=%2Feditor");
  if (!can(actor, "assignments.manage")) notFound();
  const result = await loadPageData(() => getDashboard(actor));
  return result.ok ? <EditorDashboard dashboard={result.data} /> : <DatabaseUnavailable />;
}
