import { CERTAINTY } from "@/lib/reviews/grade-labels";
import type { AnnotatedDocument } from "../annotated-document";
import type { ExportContext, ExportFile } from "../export-file";

const RATING = { VERY_LOW: 1, LOW: 2, MODERATE: 3, HIGH: 4 } as const;

/** schema.org ClaimReview JSON-LD for each claim the editor has decided (the rating is the GRADE certainty). */
export function toClaimReview(doc: AnnotatedDocument, { baseUrl }: ExportContext): ExportFile {
  const url = `${baseUrl}/documents/${doc.slug}`;
  const reviews = doc.claims
    .filter((c) => c.decision?.certainty)
    .map((c) => {
      const certainty = c.decision!.certainty!;
      return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: `${url}#claim-${c.id}`,
        claimReviewed: c.text,
        datePublished: c.decision!.decidedAt.toISOString().slice(0, 10),
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
          appearance: { "@type": "CreativeWork", url: doc.sourceUrl ?? url, headline: doc.title },
        },
      };
    });
  return {
    body: `${JSON.stringify(reviews, null, 2)}\n`,
    contentType: "application/ld+json; charset=utf-8",
    extension: "claimreview.jsonld",
  };
}
