"use server";

import { defineAction } from "@/lib/actions/define-action";
import { reopenReview, saveReview, submitReview } from "./reviews";
import { reviewStatusChangeSchema, saveReviewSchema } from "./schemas";

export const saveReviewAction = defineAction(saveReviewSchema, saveReview);
export const submitReviewAction = defineAction(reviewStatusChangeSchema, submitReview);
export const reopenReviewAction = defineAction(reviewStatusChangeSchema, reopenReview);
