"use server";

import { defineAction } from "@/lib/actions/define-action";
import { addComment, deleteComment, editComment, resolveComment } from "./comments";
import { addCommentSchema, commentTargetSchema, editCommentSchema, resolveCommentSchema } from "./schemas";

export const addCommentAction = defineAction(addCommentSchema, addComment);
export const editCommentAction = defineAction(editCommentSchema, editComment);
export const deleteCommentAction = defineAction(commentTargetSchema, deleteComment);
export const resolveCommentAction = defineAction(resolveCommentSchema, resolveComment);
