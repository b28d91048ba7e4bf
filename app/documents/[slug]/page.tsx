import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReadingPage } from "@/components/reading/reading-page";
import { documentSlugSchema } from "@/lib/documents/schemas";
import { loadCachedPageData } from "@/lib/errors/load";
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
  return loadCachedPageData(() => getReadingView(null, slug));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).slug)).title };
}

export default async function PublicDocumentPage({ params }: Props) {
  return <ReadingPage document={await load((await params).slug)} />;
}
