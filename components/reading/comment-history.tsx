"use client";

import { useId, useState } from "react";

interface Version {
  number: number;
  at: string;
  by: string | null;
  changes: { value: string; change: "same" | "added" | "removed" }[];
}
type State =
  | { kind: "closed" }
  | { kind: "loading" }
  | { kind: "open"; versions: Version[] }
  | { kind: "error"; message: string };

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

/**
 * The "history" toggle of an edited comment (placed in a comment's byline, a <div>): its versions, newest first, each as a word diff against the one before
 * (inserted words underlined, removed ones struck through, as word processors track changes). Loaded from
 * `GET /api/v1/comments/{id}/history` when opened, which answers whoever may read the comment.
 */
export function CommentHistory({ commentId }: { commentId: string }) {
  const [state, setState] = useState<State>({ kind: "closed" });
  const panelId = useId();

  async function toggle() {
    if (state.kind !== "closed") return setState({ kind: "closed" });
    setState({ kind: "loading" });
    try {
      const response = await fetch(`/api/v1/comments/${encodeURIComponent(commentId)}/history`);
      if (!response.ok) throw new Error(String(response.status));
      const { items } = (await response.json()) as { items: Version[] };
      setState({ kind: "open", versions: [...items].reverse() });
    } catch {
      setState({ kind: "error", message: "The history could not be loaded. Try again in a moment." });
    }
  }

  return (
    <>
      {" "}
      <button
        type="button"
        className="underline"
        aria-expanded={state.kind !== "closed"}
        aria-controls={panelId}
        onClick={() => void toggle()}
      >
        history
      </button>
      <div id={panelId}>
        {state.kind === "loading" && <p>Loading the history…</p>}
        {state.kind === "error" && <p role="alert">{state.message}</p>}
        {state.kind === "open" && (
          <ol className="mt-1 flex flex-col gap-1" data-testid="comment-history">
            {state.versions.map((v) => (
              <li key={v.number} className="rounded border border-slate-200 p-1 dark:border-slate-700">
                <span className="block">
                  Version {v.number}
                  {v.number === 1 ? " (first written)" : ""} · {v.by ?? "a former user"} · {when(v.at)}
                </span>
                <span className="block whitespace-pre-wrap text-slate-900 dark:text-slate-100">
                  {v.changes.map((part, i) =>
                    part.change === "added" ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff never reorder
                      <ins key={i} className="bg-green-100 dark:bg-green-900">
                        <span className="sr-only">added: </span>
                        {part.value}
                      </ins>
                    ) : part.change === "removed" ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff never reorder
                      <del key={i} className="bg-red-100 dark:bg-red-900">
                        <span className="sr-only">removed: </span>
                        {part.value}
                      </del>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff never reorder
                      <span key={i}>{part.value}</span>
                    ),
                  )}
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </>
  );
}
