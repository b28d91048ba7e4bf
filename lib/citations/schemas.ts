import { z } from "zod";
import { IdentifierType, Stance, StudyDesign } from "@/lib/generated/prisma/enums";

const id = z.string().min(1).max(64);
export const STANCE_REQUIRED = "Say whether the source supports, contradicts or only mentions the claim.";
const details = {
  stance: z.enum(Stance, { message: STANCE_REQUIRED }),
  studyDesign: z.enum(StudyDesign).default("OTHER"),
  note: z.string().trim().max(2000, "Keep the note under 2,000 characters.").optional(),
};

/** A citation by identifier, or by pasted BibTeX / RIS / CSL-JSON (each entry becomes a citation). */
export const addCitationSchema = z.discriminatedUnion("source", [
  z.object({
    source: z.literal("identifier"),
    claimId: id,
    identifier: z.string().trim().min(1, "Enter a DOI, PMID, PMCID, arXiv id, ISBN or URL.").max(500),
    identifierType: z.enum(IdentifierType).optional(),
    title: z.string().trim().max(500).optional(),
    ...details,
  }),
  z.object({
    source: z.enum(["bibtex", "ris", "csl-json"]),
    claimId: id,
    reference: z.string().trim().min(1, "Paste a reference first.").max(100_000),
    ...details,
  }),
]);

export const updateCitationSchema = z.object({
  citationId: id,
  version: z.number().int().min(1),
  stance: details.stance.optional(),
  studyDesign: z.enum(StudyDesign).optional(),
  note: details.note,
});

/** A citation and the version the caller saw: to delete it, or to fetch its metadata again. */
export const citationTargetSchema = z.object({ citationId: id, version: z.number().int().min(1) });
export const deleteCitationSchema = citationTargetSchema;
