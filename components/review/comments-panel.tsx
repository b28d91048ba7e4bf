"use client";

import type { JSONContent } from "@tiptap/core";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { CommentHistory } from "@/components/reading/comment-history";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { addCommentAction, deleteCommentAction, editCommentAction, resolveCommentAction } from "@/lib/comments/actions";
import type { CommentDto } from "@/lib/comments/comments";
import { localDraft } from "./local-draft";
import { RichTextEditor } from "./rich-text-editor";

type Thread = CommentDto & { replies: CommentDto[] };
type Person = { id: string; name: string };

/** A comment composer whose text survives failed requests and reloads (kept in this browser until sent). */
function Composer({
  draftKey,
  label,
  initial,
  people,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  draftKey: string;
  label: string;
  initial?: JSONContent | null;
  people: Person[];
  submitLabel: string;
  onSubmit: (body: JSONContent) => Promise<string | null>;
  onCancel?: () => void;
}) {
  const [body, setBody] = useState<JSONContent | null>(initial ?? null);
  const [error, setError] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const draft = localDraft.load<JSONContent>(draftKey);
    if (draft) {
      setBody(draft);
      setRestored(true);
    }
  }, [draftKey]);

  return (
    <div className="flex flex-col gap-2">
      {restored && <p className="text-xs">Restored your unsent text from this browser.</p>}
      {error && <Alert tone="error">{error} Your text is kept in this browser.</Alert>}
      <RichTextEditor
        label={label}
        value={body}
        people={people}
        onChange={(doc) => {
          setBody(doc);
          localDraft.save(draftKey, doc);
        }}
      />
      <div className="flex gap-2">
        <Button
          disabled={pending || !body}
          onClick={() =>
            body &&
            startTransition(async () => {
              const failure = await onSubmit(body);
              if (failure) setError(failure);
              else {
                localDraft.clear(draftKey);
                setBody({ type: "doc", content: [{ type: "paragraph" }] });
                setError(null);
                setRestored(false);
              }
            })
          }
        >
          {pending ? "Sending…" : submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </div>
  );
}

function Comment({
  comment,
  userId,
  canModerate,
  people,
  isThread,
}: {
  comment: CommentDto;
  userId: string;
  canModerate: boolean;
  people: Person[];
  isThread: boolean;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = comment.author?.id === userId;
  const run = async (action: () => Promise<{ ok: boolean; message?: string }>) => {
    const result = await action();
    if (result.ok) router.refresh();
    else setError(result.message ?? "Could not save.");
  };

  if (comment.deleted)
    return <p className="text-sm italic text-slate-600 dark:text-slate-400">This comment was deleted.</p>;
  return (
    <article className="flex flex-col gap-1" aria-label={`Comment by ${comment.author?.name ?? "a former user"}`}>
      <div className="text-xs text-slate-600 dark:text-slate-400">
        <strong className="text-slate-900 dark:text-slate-100">{comment.author?.name ?? "A former user"}</strong> ·{" "}
        {new Date(comment.createdAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}
        {isThread && comment.resolved && <> · resolved</>}
        {comment.editedAt && (
          <>
            {" "}
            · edited{comment.editCount > 1 ? ` ${comment.editCount} times` : ""} ·
            <CommentHistory commentId={comment.id} />
          </>
        )}
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {editing ? (
        <Composer
          draftKey={`comment-edit:${comment.id}`}
          label="Edit comment"
          initial={comment.body}
          people={people}
          submitLabel="Save"
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            const result = await editCommentAction({ commentId: comment.id, version: comment.version, body });
            if (!result.ok) return result.message;
            setEditing(false);
            router.refresh();
            return null;
          }}
        />
      ) : (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered on the server from validated rich text and sanitised (lib/rich-text/render.ts)
        <div className="rich-text text-sm" dangerouslySetInnerHTML={{ __html: comment.html ?? "" }} />
      )}
      <div className="flex gap-3 text-xs">
        {mine && !editing && (
          <button type="button" className="underline" onClick={() => setEditing(true)}>
            Edit
          </button>
        )}
        {(mine || canModerate) && (
          <button
            type="button"
            className="underline"
            onClick={() => run(() => deleteCommentAction({ commentId: comment.id, version: comment.version }))}
          >
            Delete
          </button>
        )}
        {isThread && (mine || canModerate) && (
          <button
            type="button"
            className="underline"
            onClick={() =>
              run(() =>
                resolveCommentAction({
                  commentId: comment.id,
                  version: comment.version,
                  resolved: !comment.resolved,
                }),
              )
            }
          >
            {comment.resolved ? "Reopen thread" : "Resolve thread"}
          </button>
        )}
      </div>
    </article>
  );
}

export function CommentsPanel({
  claimId,
  userId,
  threads,
  people,
  canModerate,
}: {
  claimId: string;
  userId: string;
  threads: Thread[];
  people: Person[];
  canModerate: boolean;
}) {
  const router = useRouter();
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const send = async (body: JSONContent, parentId?: string) => {
    const result = await addCommentAction({ claimId, parentId, body });
    if (!result.ok) return result.message;
    setReplyTo(null);
    router.refresh();
    return null;
  };
  const shared = { userId, canModerate, people };

  return (
    <div className="flex flex-col gap-4">
      <h3 className="font-semibold">Discussion ({threads.length})</h3>
      <ol className="flex flex-col gap-4" data-testid="threads">
        {threads.map((thread) => (
          <li
            key={thread.id}
            className={`rounded border p-3 ${thread.resolved ? "border-green-600" : "border-slate-200 dark:border-slate-700"}`}
          >
            <Comment comment={thread} isThread {...shared} />
            <ol className="mt-2 flex flex-col gap-3 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
              {thread.replies.map((reply) => (
                <li key={reply.id}>
                  <Comment comment={reply} isThread={false} {...shared} />
                </li>
              ))}
            </ol>
            {replyTo === thread.id ? (
              <div className="mt-2">
                <Composer
                  draftKey={`reply:${userId}:${thread.id}`}
                  label="Reply"
                  people={people}
                  submitLabel="Send reply"
                  onCancel={() => setReplyTo(null)}
                  onSubmit={(body) => send(body, thread.id)}
                />
              </div>
            ) : (
              <button type="button" className="mt-2 text-sm underline" onClick={() => setReplyTo(thread.id)}>
                Reply
              </button>
            )}
          </li>
        ))}
      </ol>
      <Composer
        draftKey={`comment:${userId}:${claimId}`}
        label="New comment"
        people={people}
        submitLabel="Post comment"
        onSubmit={(body) => send(body)}
      />
    </div>
  );
}
