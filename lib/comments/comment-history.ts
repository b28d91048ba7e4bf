import "server-only";
import { diffWords } from "diff";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { readableDocuments } from "@/lib/documents/visibility";
import { notFound } from "@/lib/errors/app-error";
import { plainText } from "@/lib/rich-text/plain-text";
import type { RichTextNode } from "@/lib/rich-text/types";

export interface WordChange {
  value: string;
  change: "same" | "added" | "removed";
}

/** One version's words against the version before it (the first version is all "same"). */
export function wordChanges(before: string | null, after: string): WordChange[] {
  if (before === null) return [{ value: after, change: "same" }];
  return diffWords(before, after).map((part) => ({
    value: part.value,
    change: part.added ? "added" : part.removed ? "removed" : "same",
  }));
}

/**
 * A comment's versions, oldest first, each with its words changed against the one before (a word diff, as wikis and
 * code review show edits). Whoever may read the comment may read its history: the same `where` as the discussion
 * (a live comment on a live claim of a document the actor may read). A CommentEdit row keeps the body an edit
 * replaced, so version n+1 is what edit n wrote, and the comment's current body is the last version.
 */
export async function commentHistory(actor: Actor, commentId: string) {
  authorize(actor, "documents.read");
  const comment = await db.comment.findFirst({
    where: { id: commentId, deletedAt: null, claim: { deletedAt: null, document: readableDocuments(actor) } },
    select: {
      body: true,
      createdAt: true,
      author: { select: { name: true } },
      edits: {
        orderBy: { createdAt: "asc" },
        select: { body: true, createdAt: true, editedBy: { select: { name: true } } },
      },
    },
  });
  if (!comment) throw notFound("That comment");
  const bodies = [...comment.edits.map((e) => e.body), comment.body];
  const texts = bodies.map((b) => plainText(b as unknown as RichTextNode));
  return texts.map((text, i) => {
    const edit = i === 0 ? null : comment.edits[i - 1]!;
    return {
      number: i + 1,
      at: edit ? edit.createdAt : comment.createdAt,
      by: (edit ? edit.editedBy?.name : comment.author?.name) ?? null,
      text,
      changes: wordChanges(i === 0 ? null : texts[i - 1]!, text),
    };
  });
}
