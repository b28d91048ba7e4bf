"use client";

import { useEffect, useState } from "react";
import type { CommentDto } from "@/lib/comments/comments";
import { CommentHistory } from "./comment-history";

type Thread = CommentDto & { replies: CommentDto[] };
type State = { kind: "loading" } | { kind: "loaded"; threads: Thread[] } | { kind: "error"; message: string };

/**
 * A claim's discussion, fetched from the comments API when the reader opens its critique (this is mounted only
 * then): the reading page stays the same size however long the discussions grow. The HTML comes rendered and
 * sanitised by the server.
 */
export function Discussion({ claimId, comments }: { claimId: string; comments: number }) {
  const [state, setState] = useState<State>({ kind: "loading" });

  useEffect(() => {
    let current = true;
    fetch(`/api/v1/claims/${encodeURIComponent(claimId)}/comments`)
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const { items } = (await response.json()) as { items: Thread[] };
        if (current) setState({ kind: "loaded", threads: items });
      })
      .catch(() => {
        if (current) {
          setState({
            kind: "error",
            message: "The discussion could not be loaded. Close and reopen the critique to try again.",
          });
        }
      });
    return () => {
      current = false;
    };
  }, [claimId]);

  return (
    <section aria-busy={state.kind === "loading"} className="critique-section">
      <h3 className="critique-heading">
        Discussion ({comments} comment{comments === 1 ? "" : "s"})
      </h3>
      {state.kind === "loading" && <p className="text-slate-600 dark:text-slate-400">Loading the discussion…</p>}
      {state.kind === "error" && <p role="alert">{state.message}</p>}
      {state.kind === "loaded" &&
        state.threads.map((thread) => (
          <div key={thread.id} className="mt-2 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
            {thread.resolved && <p className="text-xs font-semibold">Resolved</p>}
            {[thread, ...thread.replies]
              .filter((c) => !c.deleted)
              .map((c) => (
                <div key={c.id} className="mt-1">
                  <div className="text-xs text-slate-600 dark:text-slate-400">
                    {c.author?.name ?? "A former user"}
                    {c.editedAt && (
                      <>
                        {" "}
                        · edited ·
                        <CommentHistory commentId={c.id} />
                      </>
                    )}
                  </div>
                  {/* biome-ignore lint/security/noDangerouslySetInnerHtml: rendered on the server from validated rich text and sanitised (lib/rich-text/render.ts) */}
                  <div className="rich-text" dangerouslySetInnerHTML={{ __html: c.html ?? "" }} />
                </div>
              ))}
          </div>
        ))}
    </section>
  );
}
