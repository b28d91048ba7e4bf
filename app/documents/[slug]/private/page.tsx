import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { KeepWhileUnavailable } from "@/components/live/keep-while-unavailable";
import { ReadingPage } from "@/components/reading/reading-page";
import { currentActor } from "@/lib/auth/session";
import { documentSlugSchema } from "@/lib/documents/schemas";
import { loadPageData } from "@/lib/errors/load";
import { getReadingView } from "@/lib/reading/reading-view";

export const metadata: Metadata = { title: "Document" };

type Props = { params: Promise<{ slug: string }> };

/** The same reading page for signed-in users: members-only documents, and drafts for those who may see them. */
export default async function PrivateDocumentPage({ params }: Props) {
  const { slug } = await params;
  if (!documentSlugSchema.safeParse(slug).success) notFound();
  const actor = await currentActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/documents/${slug}/private`)}`);
  const result = await loadPageData(() => getReadingView(actor, slug));
  return (
    <KeepWhileUnavailable unavailable={!result.ok}>
      {result.ok && <ReadingPage document={result.data} />}
    </KeepWhileUnavailable>
  );
}
