"use server";

import { defineAction } from "@/lib/actions/define-action";
import { assignmentSchema, publishSchema, setStatusSchema } from "@/lib/decisions/schemas";
import { assignReviewer, unassignReviewer } from "./assignments";
import { publishDocument, setDocumentStatus } from "./publishing";

export const assignReviewerAction = defineAction(assignmentSchema, assignReviewer);
export const unassignReviewerAction = defineAction(assignmentSchema, unassignReviewer);
export const setDocumentStatusAction = defineAction(setStatusSchema, setDocumentStatus);
export const publishAction = defineAction(publishSchema, publishDocument);
