import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { TierModelStatusLine } from "@/components/editor/tier-model-status";
import { EditorDashboard } from "@/components/editorial/editor-dashboard";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { Alert } from "@/components/ui/alert";
import { can } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { getTierModelStatus } from "@/lib/claims/tier-model-status";
import { getDashboard } from "@/lib/editorial/dashboard";
import { AppError } from "@/lib/errors/app-error";
import { loadPageData } from "@/lib/errors/load";

export const metadata: Metadata = { title: "Editorial dashboard" };

type Props = { searchParams: Promise<{ status?: string | string[]; page?: string | string[] }> };

const one = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

export default async function EditorPage({ searchParams }: Props) {
  const actor = await currentActor();
  if (!actor) redirect("/signin?callbackUrl=%2Feditor");
  if (!can(actor, "assignments.manage")) notFound();
  const params = await searchParams;
  const query = { status: one(params.status), page: one(params.page) };
  const result = await loadPageData(async () => {
    try {
      return { dashboard: await getDashboard(actor, query), error: null };
    } catch (error) {
      // An address the schema refuses (an unknown status, a page that is no number) shows the first page and why.
      if (error instanceof AppError && error.code === "INVALID") {
        return { dashboard: await getDashboard(actor), error: error.message };
      }
      throw error;
    }
  });
  if (!result.ok) return <DatabaseUnavailable />;
  return (
    <>
      {result.data.error && <Alert tone="error">{result.data.error}</Alert>}
      <EditorDashboard dashboard={result.data.dashboard} />
      {can(actor, "users.manage") && <TierModelStatusLine status={getTierModelStatus(actor)} />}
    </>
  );
}
