import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ManageDocument } from "@/components/documents/manage-document";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { can } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { getManageView } from "@/lib/documents/manage-view";
import { documentSlugSchema } from "@/lib/documents/schemas";
import { loadPageData } from "@/lib/errors/load";

export const metadata: Metadata = { title: "Manage document" };

type Props = { params: Promise<{ slug: string }> };

/** Editors: upload a new revision, archive or restore, delete (after a backup). */
export default async function ManageDocumentPage({ params }: Props) {
  const { slug } = await params;
  if (!documentSlugSchema.safeParse(slug).success) notFound();
  const actor = await currentActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/documents/${slug}/manage`)}`);
  if (!can(actor, "documents.archive")) notFound();
  const result = await loadPageData(() => getManageView(actor, slug));
  return result.ok ? <ManageDocument document={result.data} /> : <DatabaseUnavailable />;
}
