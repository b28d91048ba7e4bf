import { AppError } from "@/lib/errors/app-error";
import { CERTAINTY } from "@/lib/reviews/grade-labels";
import type { AnnotatedDocument } from "../annotated-document";
import { isoDate } from "../critique-text";
import type { ExportContext, ExportFile } from "../export-file";
import { safeUrl } from "../safe-url";

const RATING = { VERY_LOW: 1, LOW: 2, MODERATE: 3, HIGH: 4 } as const;

/**
 * schema.org ClaimReview JSON-LD for each claim whose decision is published (the rating is the GRADE certainty):
 * a ClaimReview is a published fact-check, so drafts have none, the date is the document's publication date and the
 * URL is the reading page's anchor of the claim's critique.
 */
export function toClaimReview(doc: AnnotatedDocument, { baseUrl }: ExportContext): ExportFile {
  if (doc.status !== "PUBLISHED" || !doc.publishedAt)
    throw new AppError("CONFLICT", "ClaimReview describes published critiques: publish the document first.");
  const url = `${baseUrl}/documents/${doc.slug}${doc.visibility === "PUBLIC" ? "" : "/private"}`;
  const datePublished = isoDate(doc.publishedAt);
  const reviews = doc.claims
    .filter((c) => c.decision?.published && c.decision.certainty)
    .map((c) => {
      const certainty = c.decision!.certainty!;
      return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: `${url}#claim-${c.id}`,
        claimReviewed: c.text,
        datePublished,
        author: { "@type": "Organization", name: "Claimwise", url: baseUrl },
        reviewRating: {
          "@type": "Rating",
          ratingValue: RATING[certainty],
          bestRating: 4,
          worstRating: 1,
          alternateName: `${CERTAINTY[certainty].label} certainty (GRADE)`,
          ratingExplanation: c.decision!.note ?? undefined,
        },
        itemReviewed: {
          "@type": "Claim",
          appearance: { "@type": "CreativeWork", url: safeUrl(doc.sourceUrl) ?? url, headline: doc.title },
        },
      };
    });
  return {
    body: `${JSON.stringify(reviews, null, 2)}\n`,
    contentType: "application/ld+json; charset=utf-8",
    extension: "claimreview.jsonld",
  };
}
