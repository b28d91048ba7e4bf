import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { DecidePanel } from "@/components/editorial/decide-panel";
import { KeepWhileUnavailable } from "@/components/live/keep-while-unavailable";
import { can } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { documentSlugSchema } from "@/lib/documents/schemas";
import { getDecideView } from "@/lib/editorial/decide-view";
import { loadPageData } from "@/lib/errors/load";

export const metadata: Metadata = { title: "Decide and publish" };

type Props = { params: Promise<{ slug: string }> };

export default async function DecidePage({ params }: Props) {
  const { slug } = await params;
  if (!documentSlugSchema.safeParse(slug).success) notFound();
  const actor = await currentActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/documents/${slug}/decide`)}`);
  if (!can(actor, "decisions.write")) notFound();
  const result = await loadPageData(() => getDecideView(actor, slug));
  return (
    <KeepWhileUnavailable unavailable={!result.ok}>
      {result.ok && <DecidePanel view={result.data} />}
    </KeepWhileUnavailable>
  );
}
