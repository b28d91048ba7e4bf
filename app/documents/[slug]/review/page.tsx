import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { KeepWhileUnavailable } from "@/components/live/keep-while-unavailable";
import { ReviewWorkspace } from "@/components/review/review-workspace";
import { can } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { documentSlugSchema } from "@/lib/documents/schemas";
import { loadPageData } from "@/lib/errors/load";
import { getReviewWorkspace } from "@/lib/reviews/review-workspace";

export const metadata: Metadata = { title: "Review" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ claim?: string | string[] }> };

export default async function ReviewPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { claim } = await searchParams;
  if (!documentSlugSchema.safeParse(slug).success) notFound();
  const actor = await currentActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/documents/${slug}/review`)}`);
  if (!can(actor, "reviews.write")) notFound();
  const result = await loadPageData(() =>
    getReviewWorkspace(actor, slug, typeof claim === "string" ? claim : undefined),
  );
  return (
    <KeepWhileUnavailable unavailable={!result.ok}>
      {result.ok && <ReviewWorkspace workspace={result.data} canModerate={can(actor, "comments.moderate")} />}
    </KeepWhileUnavailable>
  );
}
