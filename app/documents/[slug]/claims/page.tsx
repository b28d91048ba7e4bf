import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ClaimEditor } from "@/components/editor/claim-editor";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { can } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { getClaimWorkspace } from "@/lib/claims/claim-workspace";
import { documentSlugSchema } from "@/lib/documents/schemas";
import { loadPageData } from "@/lib/errors/load";

export const metadata: Metadata = { title: "Edit claims" };

type Props = { params: Promise<{ slug: string }> };

export default async function ClaimsPage({ params }: Props) {
  const { slug } = await params;
  if (!documentSlugSchema.safeParse(slug).success) notFound();
  const actor = await currentActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/documents/${slug}/claims`)}`);
  if (!can(actor, "claims.edit")) notFound();
  const result = await loadPageData(() => getClaimWorkspace(actor, slug));
  if (!result.ok) return <DatabaseUnavailable />;
  return <ClaimEditor workspace={result.data} />;
}
