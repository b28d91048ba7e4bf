import { z } from "zod";
import { Certainty, type Concern, type StudyDesign } from "@/lib/generated/prisma/enums";
import { CERTAINTY, DOMAIN_INFO, UPGRADE_INFO } from "./grade-labels";
import { DOMAINS, type Domain, UPGRADES, type Upgrade } from "./schemas";

/**
 * GRADE's arithmetic, as GRADEpro does it: the body of evidence starts at a level set by its study design, each of
 * the five domains rates it down by one (serious) or two (very serious) levels, and each upgrade factor rates it up
 * by one. "Randomized trials start as high-quality evidence, observational studies as low quality" (Balshem et al.,
 * GRADE guidelines 3: rating the quality of evidence, J Clin Epidemiol 2011;64:401-6; Cochrane Handbook 5.1,
 * table 12.2.a, "Levels of quality of a body of evidence in the GRADE approach"). GRADE warns against applying it
 * mechanically, so a reviewer may choose another certainty, but must say why. Pure: the form and the server share it.
 */

const LEVELS: Certainty[] = ["VERY_LOW", "LOW", "MODERATE", "HIGH"];

export interface StartingLevel {
  certainty: "HIGH" | "LOW";
  basis: "randomised trials" | "observational studies";
}

/** Designs GRADE rates as observational studies (case series start low too, and usually end very low). */
const OBSERVATIONAL = new Set<StudyDesign>(["COHORT", "CASE_SERIES"]);

/**
 * Where the certainty starts, from the designs of the claim's citations: randomised trials start High, observational
 * studies Low. Syntheses (meta-analyses, reviews), laboratory and animal studies do not say which design the human
 * evidence has, so they set no starting level; with none, there is nothing to compute.
 */
export function startingLevel(designs: readonly StudyDesign[]): StartingLevel | null {
  if (designs.includes("RCT")) return { certainty: "HIGH", basis: "randomised trials" };
  if (designs.some((d) => OBSERVATIONAL.has(d))) return { certainty: "LOW", basis: "observational studies" };
  return null;
}

export type GradeInputs = Partial<Record<Domain, Concern | null>> & Partial<Record<Upgrade, boolean>>;

export interface Rating {
  start: StartingLevel;
  /** Each step in order: domains rated down, then factors rated up. */
  steps: { label: string; change: number }[];
  certainty: Certainty;
  /** "Starting at High (randomised trials) · −1 risk of bias · −2 imprecision → Very low" */
  explanation: string;
}

const DOWN: Record<Concern, number> = { NOT_SERIOUS: 0, SERIOUS: -1, VERY_SERIOUS: -2 };

const signed = (n: number) => (n < 0 ? `−${-n}` : `+${n}`);

/** The certainty the starting level and the domains give, with the arithmetic in words. */
export function rateCertainty(start: StartingLevel, grade: GradeInputs): Rating {
  const steps = [
    ...DOMAINS.flatMap((d) => {
      const change = DOWN[grade[d] ?? "NOT_SERIOUS"];
      return change ? [{ label: DOMAIN_INFO[d].label.toLowerCase(), change }] : [];
    }),
    ...UPGRADES.flatMap((u) => (grade[u] ? [{ label: UPGRADE_INFO[u].label.toLowerCase(), change: 1 }] : [])),
  ];
  const total = steps.reduce((sum, s) => sum + s.change, LEVELS.indexOf(start.certainty));
  const certainty = LEVELS[Math.min(LEVELS.length - 1, Math.max(0, total))]!;
  const explanation = [
    `Starting at ${CERTAINTY[start.certainty].label} (${start.basis})`,
    ...steps.map((s) => `${signed(s.change)} ${s.label}`),
  ].join(" · ");
  return { start, steps, certainty, explanation: `${explanation} → ${CERTAINTY[certainty].label}` };
}

export const MISMATCH_MESSAGE =
  "Your certainty differs from the one the starting level and domains give: say why in “Reason for a different certainty”.";

/**
 * A grade as it may be submitted, for a claim whose evidence starts at `start`: a chosen certainty that disagrees with
 * the computed one needs a reason. The form checks it before submitting and the server checks the stored review with
 * the same schema (lib/reviews/reviews.ts), so both say the same thing.
 */
export function submittableGradeSchema(start: StartingLevel | null) {
  return z
    .looseObject({ certainty: z.enum(Certainty).nullable(), certaintyReason: z.string().nullable().optional() })
    .superRefine((grade, ctx) => {
      if (!start || !grade.certainty) return;
      const computed = rateCertainty(start, grade as GradeInputs).certainty;
      if (grade.certainty !== computed && !grade.certaintyReason?.trim()) {
        ctx.addIssue({ code: "custom", path: ["certaintyReason"], message: MISMATCH_MESSAGE });
      }
    });
}
