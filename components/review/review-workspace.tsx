"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ClaimText } from "@/components/document/claim-text";
import { TierBadge } from "@/components/document/tier-badge";
import { WorkspaceHeader } from "@/components/document/workspace-header";
import { PresenceList } from "@/components/live/presence-list";
import { StaleBanner } from "@/components/live/stale-banner";
import { useDocumentEvents } from "@/components/live/use-document-events";
import { usePresence } from "@/components/live/use-presence";
import { TIER_LABELS } from "@/lib/claims/tiers";
import { CERTAINTY, CONCERN_LABELS, DOMAIN_INFO } from "@/lib/reviews/grade-labels";
import type { ReviewWorkspace as Workspace } from "@/lib/reviews/review-workspace";
import { DOMAINS } from "@/lib/reviews/schemas";
import { CitationsPanel } from "./citations-panel";
import { CommentsPanel } from "./comments-panel";
import { GradeForm } from "./grade-form";

type Tab = "grade" | "citations" | "discussion" | "history";

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** The reviewer's workspace: the text with its claims, and the work on the selected claim beside it. */
export function ReviewWorkspace({ workspace, canModerate }: { workspace: Workspace; canModerate: boolean }) {
  const { document: doc, blocks, claims, selected, people, me, progress, done } = workspace;
  const router = useRouter();
  const [tab, setTab] = useState<Tab>("grade");
  const index = selected ? claims.findIndex((c) => c.id === selected.claim.id) : -1;
  const go = (id: string | undefined) =>
    id && router.push(`/documents/${doc.slug}/review?claim=${id}`, { scroll: false });
  const selectedId = selected?.claim.id ?? null;
  const present = usePresence(doc.id, me, selectedId);
  // The claim under the open form changed (its text or tier): said at once, and loaded when the reviewer asks.
  const [staleClaim, setStaleClaim] = useState<string | null>(null);
  useDocumentEvents(doc.id, (event) => {
    if (event.type === "resync") router.refresh();
    if (event.type !== "document.changed") return;
    if (event.what === "claims" && event.claimId === selectedId) setStaleClaim(selectedId);
    // Others' comments, submitted grades and citations appear in place; forms keep what is being typed.
    else router.refresh();
  });
  // A refresh brings a new copy of the reviewer's own review: the grade form keeps the one it started from while
  // the version is the same, so a refresh never looks like a draft restored from this browser.
  const ownReview = useRef(selected?.myReview);
  if (ownReview.current?.id !== selected?.myReview?.id || ownReview.current?.version !== selected?.myReview?.version)
    ownReview.current = selected?.myReview;

  // j/k: next/previous claim; g, c, d: grade, citations, discussion.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.metaKey || event.ctrlKey || event.altKey) return;
      const action: Record<string, () => void> = {
        j: () => go(claims[index + 1]?.id),
        k: () => go(claims[index - 1]?.id),
        g: () => setTab("grade"),
        c: () => setTab("citations"),
        d: () => setTab("discussion"),
      };
      const run = action[event.key];
      if (run) {
        event.preventDefault();
        run();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  useEffect(() => {
    if (selected)
      window.document
        .getElementById(`claim-${selected.claim.id}`)
        ?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [selected]);

  const tabs: [Tab, string][] = [
    ["grade", "Grade"],
    ["citations", `Citations (${selected?.citations.length ?? 0})`],
    ["discussion", `Discussion (${selected?.threads.length ?? 0})`],
    ...(selected?.history ? ([["history", "History"]] as [Tab, string][]) : []),
  ];

  return (
    <div className="flex flex-col gap-6">
      <WorkspaceHeader document={doc} title="Review">
        You have submitted {done} of {claims.length} claims. Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous claim,{" "}
        <kbd>g</kbd> grade, <kbd>c</kbd> citations, <kbd>d</kbd> discussion.
      </WorkspaceHeader>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_28rem]">
        <section
          className="prose-article max-h-[80vh] overflow-y-auto"
          data-testid="claim-text"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable from the keyboard
          tabIndex={0}
          aria-label="Document text"
        >
          <ClaimText
            blocks={blocks}
            claims={claims}
            selectedId={selected?.claim.id ?? null}
            onSelect={(id) => go(id)}
          />
        </section>

        <aside className="flex flex-col gap-4" aria-label="Work on the selected claim">
          {selected ? (
            <>
              <nav aria-label="Claims" className="flex items-center justify-between gap-2 text-sm">
                <button
                  type="button"
                  className="underline disabled:opacity-40"
                  disabled={index <= 0}
                  onClick={() => go(claims[index - 1]?.id)}
                >
                  ← Previous
                </button>
                <label>
                  <span className="sr-only">Go to claim</span>
                  <select
                    value={selected.claim.id}
                    onChange={(e) => go(e.target.value)}
                    className="max-w-56 rounded border border-slate-400 bg-white px-2 py-1 dark:bg-slate-900"
                  >
                    {claims.map((c, i) => (
                      <option key={c.id} value={c.id}>
                        {progress[c.id] === "SUBMITTED" ? "✓ " : progress[c.id] ? "… " : ""}
                        {i + 1}. {c.text.slice(0, 50)}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  className="underline disabled:opacity-40"
                  disabled={index >= claims.length - 1}
                  onClick={() => go(claims[index + 1]?.id)}
                >
                  Next →
                </button>
              </nav>
              <section
                aria-labelledby="selected-claim"
                className="rounded-md border border-slate-300 p-3 dark:border-slate-700"
              >
                <h2 id="selected-claim" className="text-sm font-semibold">
                  Claim {index + 1} of {claims.length}
                </h2>
                <PresenceList people={present} claimId={selected.claim.id} />
                <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 text-sm">{selected.claim.text}</blockquote>
                <div className="mt-2 flex flex-wrap items-center gap-2 text-xs">
                  {selected.claim.tier ? <TierBadge tier={selected.claim.tier} /> : <span>No tier yet</span>}
                  {selected.claim.textChanged && (
                    <span className="rounded bg-amber-100 px-1.5 text-amber-900">
                      Text changed in a new revision: re-confirm your grade
                    </span>
                  )}
                </div>
              </section>

              <div
                role="tablist"
                aria-label="Claim work"
                className="flex gap-1 border-b border-slate-300 dark:border-slate-700"
              >
                {tabs.map(([value, label]) => (
                  <button
                    key={value}
                    type="button"
                    role="tab"
                    id={`tab-${value}`}
                    aria-selected={tab === value}
                    aria-controls={`panel-${value}`}
                    onClick={() => setTab(value)}
                    className="rounded-t px-3 py-1.5 text-sm aria-selected:border aria-selected:border-b-0 aria-selected:border-slate-300 aria-selected:font-semibold dark:aria-selected:border-slate-700"
                  >
                    {label}
                  </button>
                ))}
              </div>
              <div
                role="tabpanel"
                id={`panel-${tab}`}
                aria-labelledby={`tab-${tab}`}
                key={`${selected.claim.id}:${tab}`}
              >
                {staleClaim === selected.claim.id && (
                  <StaleBanner
                    what="This claim"
                    onLoadLatest={() => {
                      setStaleClaim(null);
                      router.refresh();
                    }}
                  />
                )}
                {tab === "grade" && (
                  <div className="flex flex-col gap-6">
                    <GradeForm
                      claimId={selected.claim.id}
                      userId={me}
                      review={ownReview.current ?? null}
                      people={people}
                      start={selected.start}
                    />
                    {selected.othersHidden && (
                      <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="others-hidden">
                        Independent grading: other reviewers' grades and rationales on this claim appear here once you
                        submit your own. The discussion is shared.
                      </p>
                    )}
                    {selected.otherReviews.length > 0 && (
                      <section aria-labelledby="others-heading">
                        <h3 id="others-heading" className="font-semibold">
                          Other reviewers ({selected.otherReviews.length})
                        </h3>
                        <ul className="mt-2 flex flex-col gap-3 text-sm" data-testid="other-reviews">
                          {selected.otherReviews.map((r) => (
                            <li key={r.id} className="rounded border border-slate-200 p-2 dark:border-slate-700">
                              <p>
                                <strong>{r.reviewer.name}</strong>:{" "}
                                {r.certainty ? (
                                  <>
                                    <span aria-hidden="true">{CERTAINTY[r.certainty].symbol}</span>{" "}
                                    {CERTAINTY[r.certainty].label}
                                  </>
                                ) : (
                                  "no certainty"
                                )}
                                {r.tierOpinion && <> · {TIER_LABELS[r.tierOpinion]}</>}
                              </p>
                              <p className="text-xs">
                                {DOMAINS.filter((d) => r[d] && r[d] !== "NOT_SERIOUS")
                                  .map((d) => `${DOMAIN_INFO[d].label}: ${CONCERN_LABELS[r[d]!]}`)
                                  .join("; ") || "No serious concerns marked."}
                              </p>
                              {r.certaintyReason && (
                                <p className="text-xs" data-testid="certainty-reason">
                                  Reason for a different certainty: {r.certaintyReason}
                                </p>
                              )}
                              {r.rationaleHtml && (
                                // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered on the server from validated rich text and sanitised (lib/rich-text/render.ts)
                                <div className="rich-text mt-1" dangerouslySetInnerHTML={{ __html: r.rationaleHtml }} />
                              )}
                            </li>
                          ))}
                        </ul>
                      </section>
                    )}
                  </div>
                )}
                {tab === "citations" && (
                  <CitationsPanel
                    claimId={selected.claim.id}
                    userId={me}
                    citations={selected.citations}
                    canModerate={canModerate}
                  />
                )}
                {tab === "discussion" && (
                  <CommentsPanel
                    claimId={selected.claim.id}
                    userId={me}
                    threads={selected.threads}
                    people={people}
                    canModerate={canModerate}
                  />
                )}
                {tab === "history" && selected.history && (
                  <ol className="flex flex-col gap-2 text-sm" data-testid="history">
                    {selected.history.map((event) => (
                      <li key={event.id}>
                        <time
                          dateTime={new Date(event.createdAt).toISOString()}
                          className="text-xs text-slate-600 dark:text-slate-400"
                        >
                          {new Date(event.createdAt).toLocaleString("en-GB", {
                            dateStyle: "medium",
                            timeStyle: "short",
                          })}
                        </time>{" "}
                        <strong>{event.actor?.name ?? "System"}</strong> · {event.entityType} · {event.action}
                      </li>
                    ))}
                  </ol>
                )}
              </div>
            </>
          ) : (
            <p>This document has no claims yet.</p>
          )}
        </aside>
      </div>
    </div>
  );
}
