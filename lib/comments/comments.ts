import "server-only";
import { entityAudit } from "@/lib/audit/record";
import { authorize, can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { invalidateOnCommit } from "@/lib/cache/invalidate";
import { readableClaim } from "@/lib/claims/readable-claim";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/transaction";
import { atVersion, updateAtVersion } from "@/lib/db/versioned-update";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyCommentAdded, notifyCommentEdited } from "@/lib/notifications/events";
import { mentionedIds } from "@/lib/rich-text/mentions";
import { renderRichText } from "@/lib/rich-text/render";
import type { RichTextDoc, RichTextNode } from "@/lib/rich-text/types";
import { parseInput } from "@/lib/validation/parse";
import { addCommentSchema, commentTargetSchema, editCommentSchema, resolveCommentSchema } from "./schemas";

type Tx = Prisma.TransactionClient;

const commentSelect = {
  id: true,
  claimId: true,
  parentId: true,
  body: true,
  resolved: true,
  editedAt: true,
  deletedAt: true,
  version: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
  _count: { select: { edits: true } },
} as const satisfies Prisma.CommentSelect;

type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

function toCommentDto(row: CommentRow) {
  const { body, deletedAt, _count, ...rest } = row;
  return {
    ...rest,
    deleted: deletedAt !== null,
    body: deletedAt ? null : (body as unknown as RichTextDoc),
    html: deletedAt ? null : renderRichText(body as unknown as RichTextNode),
    editCount: _count.edits,
  };
}
export type CommentDto = ReturnType<typeof toCommentDto>;

/** Mentions carry user ids; their labels are rewritten from the database so nobody can fake "@Editor". */
async function withMentionLabels(tx: Tx, doc: RichTextDoc): Promise<RichTextDoc> {
  const ids = mentionedIds(doc);
  if (ids.size === 0) return doc;
  const users = new Map(
    (
      await tx.user.findMany({ where: { id: { in: [...ids] }, disabled: false }, select: { id: true, name: true } })
    ).map((u) => [u.id, u.name]),
  );
  const unknown = [...ids].find((id) => !users.has(id));
  if (unknown !== undefined) throw new AppError("INVALID", "A mentioned user does not exist.");
  const relabel = (n: RichTextNode): RichTextNode =>
    n.type === "mention"
      ? { ...n, attrs: { ...n.attrs, label: users.get(String(n.attrs?.id)) } }
      : n.content
        ? { ...n, content: n.content.map(relabel) }
        : n;
  return relabel(doc) as RichTextDoc;
}

const json = (doc: RichTextDoc) => doc as unknown as Prisma.InputJsonValue;

const audit = entityAudit("Comment");

/** Adds a comment, or a reply (replies attach to the thread's first comment, keeping threads one level deep). */
export async function addComment(actor: Actor, input: unknown): Promise<CommentDto> {
  authorize(actor, "comments.write");
  const data = parseInput(addCommentSchema, input);
  return transaction(async (tx) => {
    const claim = await readableClaim(actor, data.claimId, tx);
    let parentId: string | null = null;
    if (data.parentId) {
      const parent = await tx.comment.findFirst({
        where: { id: data.parentId, claimId: claim.id },
        select: { id: true, parentId: true },
      });
      if (!parent) throw notFound("The comment you are replying to");
      parentId = parent.parentId ?? parent.id;
    }
    const body = await withMentionLabels(tx, data.body.doc);
    const row = await tx.comment.create({
      data: { claimId: claim.id, authorId: actor!.id, parentId, body: json(body), bodyText: data.body.text },
      select: commentSelect,
    });
    await audit(tx, actor, "comments.write", row.id, claim.documentId, null, {
      claimId: claim.id,
      parentId,
      text: data.body.text,
    });
    invalidateOnCommit(claim.documentId, { what: "comment", claimId: claim.id });
    await notifyCommentAdded(tx, actor, { ...row, documentId: claim.documentId, body }, data.parentId ?? null);
    return toCommentDto(row);
  });
}

const CHANGED = "This comment was changed since you opened it.";

async function commentAt(tx: Tx, actor: Actor, commentId: string, version: number, moderate: boolean) {
  const comment = await tx.comment.findFirst({
    where: { id: commentId, deletedAt: null },
    select: { ...commentSelect, authorId: true },
  });
  if (!comment) throw notFound("That comment");
  const claim = await readableClaim(actor, comment.claimId, tx);
  if (!(moderate && can(actor, "comments.moderate"))) authorize(actor, "comments.write", comment.authorId);
  return { comment: await atVersion(comment, version, CHANGED, toCommentDto), claim };
}

async function updateAt(tx: Tx, commentId: string, version: number, data: Prisma.CommentUncheckedUpdateManyInput) {
  const read = async () => {
    const row = await tx.comment.findFirst({ where: { id: commentId, deletedAt: null }, select: commentSelect });
    return row && toCommentDto(row);
  };
  await updateAtVersion(
    () => tx.comment.updateMany({ where: { id: commentId, version }, data: { ...data, version: { increment: 1 } } }),
    CHANGED,
    read,
  );
  return (await read())!;
}

/** Edits the author's own comment; the previous body is kept in its history. */
export async function editComment(actor: Actor, input: unknown): Promise<CommentDto> {
  authorize(actor, "comments.write");
  const data = parseInput(editCommentSchema, input);
  return transaction(async (tx) => {
    const { comment, claim } = await commentAt(tx, actor, data.commentId, data.version, false);
    await tx.commentEdit.create({
      data: { commentId: comment.id, body: comment.body as Prisma.InputJsonValue, editedById: actor!.id },
    });
    const body = await withMentionLabels(tx, data.body.doc);
    const updated = await updateAt(tx, comment.id, data.version, {
      body: json(body),
      bodyText: data.body.text,
      editedAt: new Date(),
    });
    await audit(tx, actor, "comments.write", comment.id, claim.documentId, { body: comment.body }, { body });
    invalidateOnCommit(claim.documentId, { what: "comment", claimId: claim.id });
    await notifyCommentEdited(
      tx,
      actor,
      { ...comment, documentId: claim.documentId, body },
      comment.body as unknown as RichTextNode,
    );
    return updated;
  });
}

/** Deletes a comment (its author, or an editor): the thread keeps its place, the text is gone from view. */
export async function deleteComment(actor: Actor, input: unknown): Promise<CommentDto> {
  authorize(actor, "comments.write");
  const data = parseInput(commentTargetSchema, input);
  return transaction(async (tx) => {
    const { comment, claim } = await commentAt(tx, actor, data.commentId, data.version, true);
    const updated = await updateAt(tx, comment.id, data.version, { deletedAt: new Date() });
    await audit(tx, actor, "comments.write", comment.id, claim.documentId, null, { deleted: true });
    invalidateOnCommit(claim.documentId, { what: "comment", claimId: claim.id });
    return updated;
  });
}

/** Marks a thread resolved or open again (the thread's author, or an editor). */
export async function resolveComment(actor: Actor, input: unknown): Promise<CommentDto> {
  authorize(actor, "comments.write");
  const data = parseInput(resolveCommentSchema, input);
  return transaction(async (tx) => {
    const { comment, claim } = await commentAt(tx, actor, data.commentId, data.version, true);
    if (comment.parentId) throw new AppError("INVALID", "Resolve the thread from its first comment.");
    const updated = await updateAt(tx, comment.id, data.version, {
      resolved: data.resolved,
      resolvedById: data.resolved ? actor!.id : null,
    });
    await audit(
      tx,
      actor,
      "comments.write",
      comment.id,
      claim.documentId,
      { resolved: comment.resolved },
      { resolved: data.resolved },
    );
    invalidateOnCommit(claim.documentId, { what: "comment", claimId: claim.id });
    return updated;
  });
}

/** A claim's discussion as threads in order: each first comment with its replies. */
export async function listComments(actor: Actor, claimId: string): Promise<(CommentDto & { replies: CommentDto[] })[]> {
  const claim = await readableClaim(actor, claimId);
  const rows = (
    await db.comment.findMany({ where: { claimId: claim.id }, select: commentSelect, orderBy: { createdAt: "asc" } })
  ).map(toCommentDto);
  return rows
    .filter((c) => !c.parentId)
    .map((thread) => ({ ...thread, replies: rows.filter((r) => r.parentId === thread.id) }));
}
