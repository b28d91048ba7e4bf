import { stringify } from "csv-stringify/sync";
import { TIER_LABELS } from "@/lib/claims/tiers";
import { CERTAINTY } from "@/lib/reviews/grade-labels";
import type { AnnotatedDocument } from "../annotated-document";
import { shownCertainty } from "../critique-text";
import type { ExportFile } from "../export-file";

/** Spreadsheets run cells that start with these as formulas (CSV injection): such cells get a leading quote. */
const FORMULA = /^[=+\-@\t\r]/;
const safe = (value: string | number) => (typeof value === "string" && FORMULA.test(value) ? `'${value}` : value);

/** One row per claim: its text, tier, certainty, decision and counts. */
export function toCsv(doc: AnnotatedDocument): ExportFile {
  const rows = doc.claims.map((c) => {
    const certainty = shownCertainty(c);
    return [
      c.number,
      c.id,
      c.section ?? "",
      c.text,
      c.tier ? TIER_LABELS[c.tier] : "",
      certainty ? CERTAINTY[certainty].label : "",
      c.decision ? "yes" : "no",
      c.decision?.note ?? "",
      c.grades.reviews,
      c.grades.contested ? "yes" : "no",
      c.citations.length,
      c.comments.length,
    ].map(safe);
  });
  const header = [
    "number",
    "id",
    "section",
    "claim",
    "tier",
    "certainty",
    "decided",
    "decision note",
    "reviews",
    "contested",
    "citations",
    "comments",
  ];
  return {
    body: stringify([header, ...rows], { bom: true }),
    contentType: "text/csv; charset=utf-8",
    extension: "csv",
  };
}
