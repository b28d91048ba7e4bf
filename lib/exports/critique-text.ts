import { identifierUrl } from "@/lib/citations/identifiers";
import { TIER_LABELS } from "@/lib/claims/tiers";
import { CERTAINTY, CONCERN_LABELS, DOMAIN_INFO, UPGRADE_INFO } from "@/lib/reviews/grade-labels";
import type { AnnotatedClaim } from "./annotated-document";
import { paragraphText, type RichParagraph } from "./rich-paragraphs";
import { safeUrl } from "./safe-url";

export const STANCE = { SUPPORTS: "Supports", CONTRADICTS: "Contradicts", MENTIONS: "Mentions" } as const;

/** The certainty readers are shown: the editor's decided one only (a reviewer's grade never stands in for it). */
export const shownCertainty = (claim: AnnotatedClaim) => claim.decision?.certainty ?? null;

/** The day of an ISO 8601 time (the AnnotatedDocument holds times as such strings). */
export const isoDate = (time: string | null | undefined) => (time ? time.slice(0, 10) : "");

/** One part of a claim's critique: who wrote it and when (if a person did), and its paragraphs. */
export interface CritiqueSection {
  kind: "decision" | "review" | "sources";
  title: string;
  author?: string;
  date?: string | null;
  paragraphs: RichParagraph[];
}

/** The line that sums a claim up: the tier once (a suggestion said to be one), then the decided certainty. */
export function critiqueSummary(claim: AnnotatedClaim): string {
  const certainty = shownCertainty(claim);
  const tier = claim.tier
    ? TIER_LABELS[claim.tier]
    : claim.suggestedTier
      ? `Suggested tier: ${TIER_LABELS[claim.suggestedTier]} (not decided)`
      : "No tier";
  const grade = certainty
    ? `${CERTAINTY[certainty].symbol} ${CERTAINTY[certainty].label} certainty (editor's decision)`
    : claim.decision
      ? "certainty not graded"
      : "not decided yet";
  return `${tier} · ${grade}`;
}

/**
 * A claim's whole critique as sections every human-readable format renders: the editor's decision and note, each
 * published review with its GRADE domains and rationale, and the sources with their stance. The discussion is
 * `claim.comments` (in thread order, with depth).
 */
export function critiqueSections(claim: AnnotatedClaim): CritiqueSection[] {
  const sections: CritiqueSection[] = [];
  const { decision } = claim;
  if (decision && (decision.noteParagraphs.length || decision.certainty || decision.tier)) {
    sections.push({
      kind: "decision",
      title: `Editor's decision (${decision.editor}, ${isoDate(decision.decidedAt)})`,
      author: decision.editor,
      date: decision.decidedAt,
      paragraphs: decision.noteParagraphs,
    });
  }
  for (const review of claim.reviews) {
    const grade = review.certainty
      ? `${CERTAINTY[review.certainty].symbol} ${CERTAINTY[review.certainty].label} certainty`
      : "no certainty given";
    const domains = review.domains.flatMap(({ domain, concern }) =>
      concern ? [`${DOMAIN_INFO[domain].label}: ${CONCERN_LABELS[concern].toLowerCase()}`] : [],
    );
    const facts = [
      domains.length ? `GRADE domains: ${domains.join("; ")}.` : "",
      review.upgrades.length
        ? `Rated up for: ${review.upgrades.map((u) => UPGRADE_INFO[u].label.toLowerCase()).join("; ")}.`
        : "",
      review.tierOpinion ? `Tier in the reviewer's view: ${TIER_LABELS[review.tierOpinion]}.` : "",
    ].filter(Boolean);
    sections.push({
      kind: "review",
      title: `Review by ${review.reviewer} (${isoDate(review.submittedAt)}): ${grade}`,
      author: review.reviewer,
      date: review.submittedAt,
      paragraphs: [...facts.map((text) => [{ text }]), ...review.rationale],
    });
  }
  if (claim.citations.length) {
    sections.push({
      kind: "sources",
      title: "Sources",
      paragraphs: claim.citations.map((c) => {
        const href = safeUrl(identifierUrl(c.identifierType, c.identifier) ?? c.csl.URL);
        return [
          { text: `${STANCE[c.stance]}: ` },
          { text: c.apa, ...(href ? { href } : {}) },
          ...(c.note ? [{ text: ` (${c.note})` }] : []),
        ];
      }),
    });
  }
  return sections;
}

/** Whether a claim has anything to say beyond its text (claims with nothing get no note and no Word comment). */
export const hasCritique = (claim: AnnotatedClaim) =>
  Boolean(claim.tier || claim.decision || claim.reviews.length || claim.citations.length || claim.comments.length);

/** One claim's critique as plain lines, for the formats without structure (W3C bodies, CSV). */
export function critiqueLines(claim: AnnotatedClaim): string[] {
  return [
    `${critiqueSummary(claim)}.`,
    ...critiqueSections(claim).flatMap((s) => [`${s.title}:`, ...s.paragraphs.map(paragraphText)]),
  ];
}
