import type { StudyDesign } from "@/lib/generated/prisma/enums";

export const STUDY_DESIGNS: Record<StudyDesign, string> = {
  META_ANALYSIS: "Meta-analysis",
  RCT: "Randomised controlled trial",
  COHORT: "Cohort study",
  CASE_SERIES: "Case series",
  ANIMAL: "Animal study",
  IN_VITRO: "In vitro study",
  REVIEW: "Review",
  OTHER: "Other",
};
