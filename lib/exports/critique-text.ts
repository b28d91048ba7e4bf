import { TIER_LABELS } from "@/lib/claims/tiers";
import { CERTAINTY, CONCERN_LABELS, DOMAIN_INFO, UPGRADE_INFO } from "@/lib/reviews/grade-labels";
import { DOMAINS } from "@/lib/reviews/schemas";
import type { AnnotatedClaim } from "./annotated-document";
import { paragraphText, type RichParagraph } from "./rich-paragraphs";
import { safeUrl } from "./safe-url";

export const STANCE = { SUPPORTS: "Supports", CONTRADICTS: "Contradicts", MENTIONS: "Mentions" } as const;

/** The certainty readers are shown: the decision's, else the reviewers' median. */
export const shownCertainty = (claim: AnnotatedClaim) => claim.decision?.certainty ?? claim.grades.consensus;

export const isoDate = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : "");

/** One part of a claim's critique: who wrote it and when (if a person did), and its paragraphs. */
export interface CritiqueSection {
  kind: "decision" | "review" | "sources";
  title: string;
  author?: string;
  date?: Date | null;
  paragraphs: RichParagraph[];
}

/** The line that sums a claim up: tier once, then the certainty and where it comes from. */
export function critiqueSummary(claim: AnnotatedClaim): string {
  const certainty = shownCertainty(claim);
  const tier = claim.tier ? TIER_LABELS[claim.tier] : "No tier";
  const grade = certainty
    ? `${CERTAINTY[certainty].symbol} ${CERTAINTY[certainty].label} certainty${claim.decision?.certainty ? " (editor's decision)" : ` (median of ${claim.grades.reviews} review${claim.grades.reviews === 1 ? "" : "s"})`}`
    : "not graded";
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
    const domains = DOMAINS.filter((d) => review.domains[d]).map(
      (d) => `${DOMAIN_INFO[d].label}: ${CONCERN_LABELS[review.domains[d]!].toLowerCase()}`,
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
  if (!claim.reviews.length) {
    const concerns = DOMAINS.filter((d) => claim.grades.concerns[d].serious + claim.grades.concerns[d].verySerious > 0);
    if (concerns.length)
      sections.push({
        kind: "review",
        title: "Reviewers",
        paragraphs: [
          [{ text: `Rated down for ${concerns.map((d) => DOMAIN_INFO[d].label.toLowerCase()).join(", ")}.` }],
        ],
      });
  }
  if (claim.citations.length) {
    sections.push({
      kind: "sources",
      title: "Sources",
      paragraphs: claim.citations.map((c) => {
        const href = safeUrl(identifierUrl(c) ?? c.csl.URL);
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

/** Where an identifier resolves (what the reference links to). */
function identifierUrl(c: AnnotatedClaim["citations"][number]): string | undefined {
  if (!c.identifier) return undefined;
  switch (c.identifierType) {
    case "DOI":
      return `https://doi.org/${c.identifier}`;
    case "PMID":
      return `https://pubmed.ncbi.nlm.nih.gov/${c.identifier}/`;
    case "PMCID":
      return `https://www.ncbi.nlm.nih.gov/pmc/articles/${c.identifier}/`;
    case "ARXIV":
      return `https://arxiv.org/abs/${c.identifier}`;
    case "URL":
      return c.identifier;
    default:
      return undefined;
  }
}

/** Whether a claim has anything to say beyond its text (claims with nothing get no note and no Word comment). */
export const hasCritique = (claim: AnnotatedClaim) =>
  Boolean(claim.tier || shownCertainty(claim) || critiqueSections(claim).length || claim.comments.length);

/** One claim's critique as plain lines, for the formats without structure (W3C bodies, CSV). */
export function critiqueLines(claim: AnnotatedClaim): string[] {
  return [
    `${critiqueSummary(claim)}.`,
    ...critiqueSections(claim).flatMap((s) => [`${s.title}:`, ...s.paragraphs.map(paragraphText)]),
  ];
}
