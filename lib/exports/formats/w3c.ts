import { TIER_LABELS } from "@/lib/claims/tiers";
import type { AnnotatedClaim, AnnotatedDocument } from "../annotated-document";
import { critiqueLines } from "../critique-text";
import type { ExportContext, ExportFile } from "../export-file";
import { paragraphsHtml } from "../html-text";
import { paragraphText } from "../rich-paragraphs";

const CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/**
 * The claims as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): per claim an "assessing" annotation
 * (critique and tier tag) targeting the claim's TextQuoteSelector and TextPositionSelector (counted in code points,
 * as the model requires), and the discussion: a thread's first comment targets the claim ("commenting"), each reply
 * targets the annotation it answers ("replying", the model's way to thread), bodies in HTML with their links and in
 * plain text, gathered in an AnnotationCollection.
 */
export function toW3c(doc: AnnotatedDocument, { baseUrl }: ExportContext): ExportFile {
  const source = `${baseUrl}/documents/${doc.slug}`;
  const collection = `${baseUrl}/api/v1/documents/${doc.id}/export?format=w3c`;
  const target = (claim: AnnotatedClaim) => ({
    source,
    selector: [
      { type: "TextQuoteSelector", exact: claim.text, prefix: claim.prefix, suffix: claim.suffix },
      { type: "TextPositionSelector", start: claim.codePoints.start, end: claim.codePoints.end },
    ],
  });
  const items = doc.claims.flatMap((claim) => [
    {
      "@context": CONTEXT,
      id: `${source}#claim-${claim.id}`,
      type: "Annotation",
      motivation: "assessing",
      created: claim.decision?.decidedAt ?? doc.updatedAt,
      generator: { id: baseUrl, type: "Software", name: "Claimwise" },
      body: [
        {
          type: "TextualBody",
          purpose: "assessing",
          format: "text/plain",
          language: "en",
          value: critiqueLines(claim).join("\n"),
        },
        ...(claim.tier ? [{ type: "TextualBody", purpose: "tagging", value: TIER_LABELS[claim.tier] }] : []),
      ],
      target: target(claim),
    },
    ...claim.comments.map((comment) => ({
      "@context": CONTEXT,
      id: `${source}#comment-${comment.id}`,
      type: "Annotation",
      motivation: comment.parentId ? "replying" : "commenting",
      created: comment.createdAt,
      creator: { type: "Person", name: comment.author },
      body: {
        type: "Choice",
        items: [
          { type: "TextualBody", format: "text/html", value: paragraphsHtml(comment.paragraphs) },
          { type: "TextualBody", format: "text/plain", value: comment.paragraphs.map(paragraphText).join("\n\n") },
        ],
      },
      target: comment.parentId ? `${source}#comment-${comment.parentId}` : target(claim),
    })),
  ]);
  const body = {
    "@context": CONTEXT,
    id: collection,
    type: "AnnotationCollection",
    label: `Claims and critiques of “${doc.title}”`,
    total: items.length,
    first: { id: `${collection}&page=1`, type: "AnnotationPage", startIndex: 0, items },
  };
  return {
    // Compact: a long document's collection has tens of thousands of annotations, and indentation made it a third
    // larger and slower to write, compress and send.
    body: `${JSON.stringify(body)}\n`,
    contentType: "application/ld+json; charset=utf-8",
    extension: "jsonld",
  };
}
