"use server";

import { defineAction } from "@/lib/actions/define-action";
import { addCitations, deleteCitation, fetchCitationMetadata } from "./citations";
import { addCitationSchema, citationTargetSchema, deleteCitationSchema } from "./schemas";

export const addCitationsAction = defineAction(addCitationSchema, addCitations);
export const deleteCitationAction = defineAction(deleteCitationSchema, deleteCitation);
export const fetchCitationMetadataAction = defineAction(citationTargetSchema, fetchCitationMetadata);
