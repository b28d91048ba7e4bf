"use client";

import { useEffect, useRef, useState } from "react";
import type { CommentDto } from "@/lib/comments/comments";

type Thread = CommentDto & { replies: CommentDto[] };
type State =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "loaded"; threads: Thread[] }
  | { kind: "error"; message: string };

/**
 * A claim's discussion, fetched from the comments API when the reader opens its critique: the reading page stays
 * the same size however long the discussions grow. The HTML comes rendered and sanitised by the server.
 */
export function Discussion({ claimId, comments }: { claimId: string; comments: number }) {
  const section = useRef<HTMLElement>(null);
  const [state, setState] = useState<State>({ kind: "idle" });

  useEffect(() => {
    const details = section.current?.closest("details");
    if (!details) return;
    let loading = false;
    let loaded = false;
    const load = async () => {
      if (!details.open || loading || loaded) return;
      loading = true;
      setState({ kind: "loading" });
      try {
        const response = await fetch(`/api/v1/claims/${encodeURIComponent(claimId)}/comments`);
        if (!response.ok) throw new Error(String(response.status));
        setState({ kind: "loaded", threads: ((await response.json()) as { items: Thread[] }).items });
        loaded = true;
      } catch {
        setState({
          kind: "error",
          message: "The discussion could not be loaded. Close and reopen the critique to try again.",
        });
      } finally {
        loading = false;
      }
    };
    details.addEventListener("toggle", load);
    void load();
    return () => details.removeEventListener("toggle", load);
  }, [claimId]);

  return (
    <section ref={section} aria-busy={state.kind === "loading"}>
      <h4 className="font-semibold">
        Discussion ({comments} comment{comments === 1 ? "" : "s"})
      </h4>
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
                  <p className="text-xs text-slate-600 dark:text-slate-400">{c.author?.name ?? "A former user"}</p>
                  {/* biome-ignore lint/security/noDangerouslySetInnerHtml: rendered on the server from validated rich text and sanitised (lib/rich-text/render.ts) */}
                  <div className="rich-text" dangerouslySetInnerHTML={{ __html: c.html ?? "" }} />
                </div>
              ))}
          </div>
        ))}
    </section>
  );
}
