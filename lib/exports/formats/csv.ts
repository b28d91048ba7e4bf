import { stringify } from "csv-stringify/sync";
import { identifierReference } from "@/lib/citations/identifier-reference";
import { TIER_LABELS } from "@/lib/claims/tiers";
import { CERTAINTY, DOMAIN_INFO } from "@/lib/reviews/grade-labels";
import { DOMAINS } from "@/lib/reviews/schemas";
import type { AnnotatedClaim, AnnotatedDocument } from "../annotated-document";
import { critiqueSections } from "../critique-text";
import type { ExportFile } from "../export-file";
import { paragraphText } from "../rich-paragraphs";

/**
 * Spreadsheets run cells that start with these as formulas (CSV injection), also when the sign is a full-width
 * one (＝, ＋, －, ＠: Excel and LibreOffice fold them) or hides behind spaces and invisible characters.
 */
// Spaces and default-ignorable characters (Unicode's Default_Ignorable_Code_Point: zero-width space, joiners, BOM…).
const INVISIBLE_LEAD = /^[\s\p{Default_Ignorable_Code_Point}]+/u;
const FORMULA = /^[=+\-@]/;
export function neutraliseFormula(value: string | number) {
  if (typeof value !== "string") return value;
  const lead = value.replace(INVISIBLE_LEAD, "").normalize("NFKC");
  return FORMULA.test(lead) || /^[\t\r\n]/.test(value) ? `'${value}` : value;
}

const certaintyLabel = (c: keyof typeof CERTAINTY | null | undefined) => (c ? CERTAINTY[c].label : "");

/** Per domain, how many reviewers rated it down: "Indirectness: 1 serious, 1 very serious" (once public). */
const domainCounts = ({ grades }: AnnotatedClaim) =>
  grades
    ? DOMAINS.filter((d) => grades.concerns[d].serious + grades.concerns[d].verySerious > 0)
        .map(
          (d) =>
            `${DOMAIN_INFO[d].label}: ${grades.concerns[d].serious} serious, ${grades.concerns[d].verySerious} very serious`,
        )
        .join("; ")
    : "";

/**
 * One row per claim: its text, tier, the editor's certainty and the reviewers' median in separate columns, the
 * GRADE domains, each published review (reviewer, certainty, domains, rationale), and the cited identifiers. The
 * reviewers' columns stay empty until their work is public (the critique builder's rule), as everywhere else.
 */
export function toCsv(doc: AnnotatedDocument): ExportFile {
  const rows = doc.claims.map((c) => {
    const reviews = critiqueSections(c).filter((s) => s.kind === "review" && s.author);
    return [
      c.number,
      c.id,
      c.section ?? "",
      c.text,
      c.tier ? TIER_LABELS[c.tier] : "",
      certaintyLabel(c.decision?.certainty),
      certaintyLabel(c.grades?.consensus),
      c.decision ? "yes" : "no",
      c.decision?.noteParagraphs.map(paragraphText).join("\n") ?? "",
      c.grades?.reviews ?? "",
      c.grades?.contested ? "yes" : "no",
      domainCounts(c),
      reviews.map((s) => [s.title, ...s.paragraphs.map(paragraphText)].join("\n")).join("\n\n"),
      c.citations.length,
      c.citations.map((x) => identifierReference(x.identifierType, x.identifier) ?? x.apa).join("\n"),
      c.comments.length,
    ].map(neutraliseFormula);
  });
  const header = [
    "number",
    "id",
    "section",
    "claim",
    "tier",
    "editor certainty",
    "reviewers' median certainty",
    "decided",
    "decision note",
    "reviews",
    "contested",
    "GRADE domains rated down",
    "published reviews",
    "citations",
    "citation identifiers",
    "comments",
  ];
  return {
    body: stringify([header, ...rows], { bom: true }),
    contentType: "text/csv; charset=utf-8",
    extension: "csv",
  };
}
