import { z } from "zod";
import { nonEmptyRichTextSchema } from "@/lib/rich-text/validate";

const id = z.string().min(1).max(64);

export const addCommentSchema = z.object({ claimId: id, parentId: id.optional(), body: nonEmptyRichTextSchema });
export const editCommentSchema = z.object({
  commentId: id,
  version: z.number().int().min(1),
  body: nonEmptyRichTextSchema,
});
export const commentTargetSchema = z.object({ commentId: id, version: z.number().int().min(1) });
export const resolveCommentSchema = commentTargetSchema.extend({ resolved: z.boolean() });
