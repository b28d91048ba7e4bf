"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { ClaimText, rangeOf } from "@/components/document/claim-text";
import { TierBadge } from "@/components/document/tier-badge";
import { WorkspaceHeader } from "@/components/document/workspace-header";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/api/action-result";
import {
  acceptSuggestionsAction,
  createClaimAction,
  deleteClaimAction,
  mergeClaimsAction,
  setClaimBoundariesAction,
  setClaimTierAction,
  splitClaimAction,
} from "@/lib/claims/actions";
import type { ClaimDto } from "@/lib/claims/claim-dto";
import type { ClaimWorkspace } from "@/lib/claims/claim-workspace";
import { TIER_LABELS, TIERS } from "@/lib/claims/tiers";
import { percent, SuggestionReview } from "./suggestion-review";
import { selectionOffsets } from "./text-selection";

type Range = { start: number; end: number };

/** Candidate split points inside a claim, after a comma, semicolon or colon, for keyboard users. */
function splitPoints(claim: ClaimDto): { at: number; label: string }[] {
  const { start } = rangeOf(claim);
  const points: { at: number; label: string }[] = [];
  for (const match of claim.text.matchAll(/[,;:]\s/g)) {
    const at = start + match.index + 1;
    points.push({ at, label: `after “…${claim.text.slice(Math.max(0, match.index - 25), match.index + 1)}”` });
  }
  return points;
}

export function ClaimEditor({ workspace }: { workspace: ClaimWorkspace }) {
  const { document: doc, blocks, claims } = workspace;
  const router = useRouter();
  const textRef = useRef<HTMLDivElement>(null);
  const [selectedId, setSelectedId] = useState<string | null>(claims[0]?.id ?? null);
  const [selection, setSelection] = useState<Range | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const live = useMemo(() => claims.filter((c) => c.anchorStatus !== "ORPHANED"), [claims]);
  const attention = claims.filter((c) => c.anchorStatus !== "ANCHORED" || c.textChanged);
  const selected = claims.find((c) => c.id === selectedId) ?? null;
  const next = selected ? live[live.findIndex((c) => c.id === selected.id) + 1] : undefined;

  useEffect(() => {
    const update = () => setSelection(selectionOffsets(textRef.current));
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, []);

  const run = useCallback(
    <T,>(action: () => Promise<ActionResult<T>>, done: string, afterwards?: (data: T) => void) => {
      startTransition(async () => {
        const result = await action();
        if (result.ok) {
          setMessage({ tone: "info", text: done });
          afterwards?.(result.data);
          router.refresh();
        } else {
          setMessage({ tone: "error", text: result.message });
        }
      });
    },
    [router],
  );

  return (
    <div className="flex flex-col gap-6">
      <WorkspaceHeader document={doc} title="Edit claims">
        Select text to make a claim or move a claim&apos;s boundaries; pick a claim to change its tier, split, merge or
        delete it. {live.length} claims.
      </WorkspaceHeader>

      <div aria-live="polite">{message && <Alert tone={message.tone}>{message.text}</Alert>}</div>

      {attention.length > 0 && (
        <section aria-labelledby="attention-heading" className="rounded-md border border-amber-400 p-4">
          <h2 id="attention-heading" className="font-semibold">
            Needs attention after the new revision ({attention.length})
          </h2>
          <ul className="mt-2 flex flex-col gap-2 text-sm">
            {attention.map((claim) => (
              <li key={claim.id} className="flex flex-wrap items-center gap-2">
                <span className="rounded bg-amber-100 px-1.5 font-semibold text-amber-900">
                  {claim.anchorStatus === "ORPHANED"
                    ? "Orphaned"
                    : claim.anchorStatus === "FUZZY"
                      ? "Fuzzy match"
                      : "Text changed"}
                </span>
                <button type="button" className="text-left underline" onClick={() => setSelectedId(claim.id)}>
                  {claim.text}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <SuggestionReview
        claims={claims}
        pending={pending}
        onSelect={setSelectedId}
        onAccept={(accepted) =>
          run(
            () =>
              acceptSuggestionsAction({
                documentId: doc.id,
                claims: accepted.map((c) => ({ claimId: c.id, version: c.version })),
              }),
            `${accepted.length} suggestion${accepted.length === 1 ? "" : "s"} accepted.`,
          )
        }
      />

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div ref={textRef} className="prose-article" data-testid="claim-text">
          <ClaimText blocks={blocks} claims={live} selectedId={selectedId} onSelect={setSelectedId} />
        </div>

        <aside className="flex flex-col gap-4 lg:sticky lg:top-4 lg:self-start" aria-label="Claim tools">
          <div className="rounded-md border border-slate-300 p-4 dark:border-slate-700">
            <p className="text-sm">
              {selection && selection.end > selection.start
                ? `Selected: ${selection.end - selection.start} characters`
                : "Select text in the article to create a claim."}
            </p>
            <Button
              className="mt-2 w-full"
              disabled={pending || !selection || selection.end <= selection.start}
              onClick={() =>
                selection &&
                run(
                  () => createClaimAction({ documentId: doc.id, ...selection }),
                  "Claim created.",
                  (claim) => setSelectedId(claim.id),
                )
              }
            >
              Create claim from selection
            </Button>
          </div>

          {selected ? (
            <ClaimPanel
              key={`${selected.id}:${selected.version}`}
              claim={selected}
              next={next}
              selection={selection}
              pending={pending}
              onTier={(tier, reason) =>
                run(
                  () => setClaimTierAction({ claimId: selected.id, version: selected.version, tier, reason }),
                  "Tier saved.",
                )
              }
              onSplit={(at) =>
                run(() => splitClaimAction({ claimId: selected.id, version: selected.version, at }), "Claim split.")
              }
              onMerge={() =>
                next &&
                run(
                  () =>
                    mergeClaimsAction({
                      claimId: selected.id,
                      version: selected.version,
                      nextClaimId: next.id,
                      nextVersion: next.version,
                    }),
                  "Claims merged.",
                )
              }
              onBoundaries={(range) =>
                run(
                  () => setClaimBoundariesAction({ claimId: selected.id, version: selected.version, ...range }),
                  "Boundaries saved.",
                )
              }
              onDelete={() =>
                run(
                  () => deleteClaimAction({ claimId: selected.id, version: selected.version }),
                  "Claim deleted.",
                  () => setSelectedId(next?.id ?? null),
                )
              }
            />
          ) : (
            <p className="text-sm">Pick a claim in the text or the list below.</p>
          )}

          <nav aria-label="Claims">
            <ol className="max-h-80 overflow-y-auto rounded-md border border-slate-300 text-sm dark:border-slate-700">
              {live.map((claim, i) => (
                <li key={claim.id}>
                  <button
                    type="button"
                    aria-current={claim.id === selectedId ? "true" : undefined}
                    onClick={() => setSelectedId(claim.id)}
                    className="block w-full truncate px-3 py-1.5 text-left hover:bg-slate-100 aria-[current=true]:bg-blue-100 dark:hover:bg-slate-800 dark:aria-[current=true]:bg-blue-950"
                  >
                    {i + 1}. {claim.text}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
        </aside>
      </div>
    </div>
  );
}

function ClaimPanel({
  claim,
  next,
  selection,
  pending,
  onTier,
  onSplit,
  onMerge,
  onBoundaries,
  onDelete,
}: {
  claim: ClaimDto;
  next: ClaimDto | undefined;
  selection: Range | null;
  pending: boolean;
  onTier: (tier: ClaimDto["tier"], reason: string) => void;
  onSplit: (at: number) => void;
  onMerge: () => void;
  onBoundaries: (range: Range) => void;
  onDelete: () => void;
}) {
  const [tier, setTier] = useState<string>(claim.tier ?? claim.suggestedTier ?? "");
  const [reason, setReason] = useState("");
  const points = splitPoints(claim);
  const [splitAt, setSplitAt] = useState<string>(points[0] ? String(points[0].at) : "");
  const range = rangeOf(claim);
  const caret =
    selection && selection.start === selection.end && selection.start > range.start && selection.start < range.end;
  const hasSelection = selection && selection.end > selection.start;

  return (
    <section
      aria-labelledby="claim-heading"
      className="flex flex-col gap-3 rounded-md border border-slate-300 p-4 dark:border-slate-700"
    >
      <h2 id="claim-heading" className="font-semibold">
        Claim {claim.position + 1}
      </h2>
      <blockquote className="border-l-4 border-slate-300 pl-3 text-sm">{claim.text}</blockquote>
      <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="claim-suggestion">
        {claim.suggestedTier ? `Suggested: ${TIER_LABELS[claim.suggestedTier]}` : "Suggested: no tier"}
        {claim.confidence !== null && ` (confidence ${percent(claim.confidence)})`}
        {claim.cues.length > 0 && <> because {claim.cues.join("; ")}</>}
        {claim.tierSource === "PERSON" ? " · Tier set by an editor." : " · Not reviewed yet."}
      </p>
      {claim.tier && <TierBadge tier={claim.tier} />}

      <form
        className="flex flex-col gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          onTier((tier || null) as ClaimDto["tier"], reason);
        }}
      >
        <label htmlFor="tier" className="text-sm font-medium">
          Evidence tier
        </label>
        <select
          id="tier"
          value={tier}
          onChange={(e) => setTier(e.target.value)}
          className="rounded-md border border-slate-400 bg-white px-2 py-1.5 dark:bg-slate-900"
        >
          <option value="">No tier</option>
          {TIERS.map((t) => (
            <option key={t} value={t}>
              {TIER_LABELS[t]}
            </option>
          ))}
        </select>
        <label htmlFor="tier-reason" className="text-sm font-medium">
          Reason (optional)
        </label>
        <input
          id="tier-reason"
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
          className="rounded-md border border-slate-400 bg-white px-2 py-1.5 dark:bg-slate-900"
        />
        <Button type="submit" disabled={pending}>
          Save tier
        </Button>
      </form>

      <div className="flex flex-col gap-2 border-t border-slate-200 pt-3 dark:border-slate-700">
        {points.length > 0 && (
          <div className="flex gap-2">
            <label htmlFor="split-at" className="sr-only">
              Split point
            </label>
            <select
              id="split-at"
              value={splitAt}
              onChange={(e) => setSplitAt(e.target.value)}
              className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm dark:bg-slate-900"
            >
              {points.map((p) => (
                <option key={p.at} value={p.at}>
                  {p.label}
                </option>
              ))}
            </select>
            <Button variant="secondary" disabled={pending || !splitAt} onClick={() => onSplit(Number(splitAt))}>
              Split
            </Button>
          </div>
        )}
        <Button variant="secondary" disabled={pending || !caret} onClick={() => caret && onSplit(selection.start)}>
          Split at text cursor
        </Button>
        <Button variant="secondary" disabled={pending || !next} onClick={onMerge}>
          Merge with next claim
        </Button>
        <Button
          variant="secondary"
          disabled={pending || !hasSelection}
          onClick={() => hasSelection && onBoundaries(selection)}
        >
          {claim.anchorStatus === "ORPHANED" ? "Re-attach to selection" : "Use selection as boundaries"}
        </Button>
        {claim.anchorStatus === "FUZZY" && (
          <Button variant="secondary" disabled={pending} onClick={() => onBoundaries(range)}>
            Confirm fuzzy match
          </Button>
        )}
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() => {
            if (window.confirm("Delete this claim? Its grades and comments stay in the history.")) onDelete();
          }}
        >
          Delete claim
        </Button>
      </div>
    </section>
  );
}
