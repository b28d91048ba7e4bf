"use client";

import { useEffect, useRef, useState } from "react";
import { ARTICLE_GREW_EVENT, NEED_REST_EVENT } from "./claim-marks";

/** How far below the screen the rest starts loading, so a reader scrolling down does not wait for it. */
const AHEAD = "2500px";

/**
 * The rest of a long article (lib/reading/reading-view.ts `splitFirstPart`): fetched once, when the reader scrolls
 * towards the end of the first part, follows a deep link beyond it, filters the claims, searches the page (Ctrl/Cmd
 * + F) or prints; then appended to the article, which tells the margin and the filters. Without script, a link to
 * the whole annotated article (the HTML export) stands in its place.
 */
export function ArticleRest({ articleId, documentId }: { articleId: string; documentId: string }) {
  const [state, setState] = useState<"waiting" | "loading" | "failed" | "done">("waiting");
  const sentinel = useRef<HTMLDivElement>(null);
  const started = useRef(false);
  const retry = useRef<() => void>(() => {});

  useEffect(() => {
    const article = document.getElementById(articleId);
    if (!article) return;
    const load = async () => {
      if (started.current) return;
      started.current = true;
      setState("loading");
      try {
        const response = await fetch(`/api/v1/documents/${encodeURIComponent(documentId)}/reading-rest`);
        if (!response.ok) throw new Error(String(response.status));
        const { html } = (await response.json()) as { html: string };
        // Rendered on the server from validated rich text and sanitised (lib/rich-text/render.ts), like the part
        // the page carries (components/reading/reading-page.tsx).
        article.insertAdjacentHTML("beforeend", html);
        setState("done");
        article.dispatchEvent(new Event(ARTICLE_GREW_EVENT));
      } catch {
        started.current = false;
        setState("failed");
      }
    };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void load(), {
      rootMargin: `0px 0px ${AHEAD} 0px`,
    });
    if (sentinel.current) observer.observe(sentinel.current);
    const onFind = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "f") void load();
    };
    const onNeed = () => void load();
    retry.current = onNeed;
    article.addEventListener(NEED_REST_EVENT, onNeed);
    document.addEventListener("keydown", onFind);
    window.addEventListener("beforeprint", onNeed);
    return () => {
      observer.disconnect();
      article.removeEventListener(NEED_REST_EVENT, onNeed);
      document.removeEventListener("keydown", onFind);
      window.removeEventListener("beforeprint", onNeed);
    };
  }, [articleId, documentId]);

  if (state === "done") return null;
  return (
    <div ref={sentinel} className="article-rest print:hidden" data-testid="article-rest">
      {state === "failed" ? (
        <p>
          The rest of the article could not be loaded.{" "}
          <button type="button" className="underline" onClick={() => retry.current()}>
            Try again
          </button>
        </p>
      ) : (
        <p role="status">{state === "loading" ? "Loading the rest of the article…" : "The article continues below."}</p>
      )}
      <noscript>
        <p>
          <a href={`/api/v1/documents/${documentId}/export?format=html`} className="underline">
            Read the whole annotated article
          </a>{" "}
          (HTML).
        </p>
      </noscript>
    </div>
  );
}
