import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KeepWhileUnavailable } from "@/components/live/keep-while-unavailable";
import { ReadingPage } from "@/components/reading/reading-page";
import { documentSlugSchema } from "@/lib/documents/schemas";
import { loadPageData } from "@/lib/errors/load";
import { getReadingView } from "@/lib/reading/reading-view";

// The public reading page is the same for every visitor, so it is rendered once and served from the cache:
// changes drop it at once (lib/cache/invalidate.ts); the interval covers changes made on other app servers.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

/** What an anonymous visitor may read; members-only and unpublished documents answer 404 here (see ./private). */
async function load(slug: string) {
  if (!documentSlugSchema.safeParse(slug).success) notFound();
  return loadPageData(() => getReadingView(null, slug));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await load((await params).slug);
  return { title: result.ok ? result.data.title : "Unavailable" };
}

export default async function PublicDocumentPage({ params }: Props) {
  const result = await load((await params).slug);
  return (
    <KeepWhileUnavailable unavailable={!result.ok}>
      {result.ok && <ReadingPage document={result.data} />}
    </KeepWhileUnavailable>
  );
}
