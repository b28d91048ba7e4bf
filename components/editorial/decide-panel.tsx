"use client";

import type { JSONContent } from "@tiptap/core";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { DocumentNav } from "@/components/document/document-nav";
import { TierBadge } from "@/components/document/tier-badge";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { useSession } from "@/components/layout/use-session";
import { PresenceList } from "@/components/live/presence-list";
import { StaleBanner } from "@/components/live/stale-banner";
import { useDocumentEvents } from "@/components/live/use-document-events";
import { type Present, usePresence } from "@/components/live/use-presence";
import { RichTextEditor } from "@/components/review/rich-text-editor";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TIER_LABELS, TIERS } from "@/lib/claims/tiers";
import { saveDecisionAction } from "@/lib/decisions/actions";
import { publishAction } from "@/lib/editorial/actions";
import type { DecideView } from "@/lib/editorial/decide-view";
import type { Certainty } from "@/lib/generated/prisma/enums";
import { CERTAINTY } from "@/lib/reviews/grade-labels";
import { plainText } from "@/lib/rich-text/plain-text";
import type { RichTextNode } from "@/lib/rich-text/types";
import { formChoice } from "@/lib/validation/form-choice";

const selectClass = "rounded border border-slate-400 bg-white px-2 py-1 text-sm dark:bg-slate-900";
function DecisionForm({
  claim,
  documentId,
  onFocus,
  onLoadLatest,
}: {
  claim: DecideView["claims"][number];
  documentId: string;
  onFocus: () => void;
  onLoadLatest: () => void;
}) {
  const router = useRouter();
  // Decisions this form saved itself: their events are no news. Anyone else's says so before the editor types.
  const saved = useRef(new Set<number>());
  const [stale, setStale] = useState(false);
  useDocumentEvents(documentId, (event) => {
    if (event.type !== "document.changed" || event.what !== "decision" || event.claimId !== claim.id) return;
    if (event.version !== undefined && !saved.current.has(event.version)) setStale(true);
  });
  // Edited as rich text and saved as it is, so the note keeps its formatting across edits.
  const [note, setNote] = useState<JSONContent | null>((claim.decision?.note as JSONContent | null) ?? null);
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      aria-label={`Decision on claim ${claim.number}`}
      className="mt-2 flex flex-wrap items-end gap-2"
      onFocus={onFocus}
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        // The save's own event can arrive on the stream before the action's answer does: the version it will write
        // (the one it read, plus one) is known now. A save refused as stale says so itself.
        const version = claim.decision?.version ?? 0;
        saved.current.add(version + 1);
        startTransition(async () => {
          const result = await saveDecisionAction({
            claimId: claim.id,
            version,
            tier: formChoice(TIERS, form.get("tier")) ?? null,
            certainty: formChoice(Object.keys(CERTAINTY) as Certainty[], form.get("certainty")) ?? null,
            note: note && plainText(note as RichTextNode).trim() ? note : null,
          });
          if (result.ok) {
            setMessage({ tone: "info", text: "Decision saved." });
            router.refresh();
          } else setMessage({ tone: "error", text: result.message });
        });
      }}
    >
      {stale && (
        <div className="w-full">
          <StaleBanner what="The decision on this claim" onLoadLatest={onLoadLatest} />
        </div>
      )}
      <label className="flex flex-col text-xs">
        Decided tier
        <select name="tier" defaultValue={claim.decision?.tier ?? claim.tier ?? ""} className={selectClass}>
          <option value="">No tier</option>
          {TIERS.map((t) => (
            <option key={t} value={t}>
              {TIER_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs">
        Decided certainty
        <select
          name="certainty"
          defaultValue={claim.decision?.certainty ?? claim.grades.consensus ?? ""}
          className={selectClass}
        >
          <option value="">Not decided</option>
          {(Object.keys(CERTAINTY) as Certainty[]).map((c) => (
            <option key={c} value={c}>
              {CERTAINTY[c].label}
            </option>
          ))}
        </select>
      </label>
      <div className="flex min-w-64 flex-1 flex-col text-xs">
        <RichTextEditor
          id={`decision-note-${claim.id}`}
          label="Published note"
          value={note}
          onChange={setNote}
          people={[]}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {claim.decision ? "Update decision" : "Save decision"}
      </Button>
      {message && (
        <p role={message.tone === "error" ? "alert" : "status"} className="w-full text-xs">
          {message.text}
        </p>
      )}
    </form>
  );
}

const formatAlpha = (alpha: number | null) => (alpha === null ? "n/a" : alpha.toFixed(3).replace(/^0/, ""));

/** Agreement with its interpretation, what it rests on, and the claims that drive disagreement. */
function AgreementSummary({ agreement }: { agreement: DecideView["agreement"] }) {
  return (
    <section
      aria-labelledby="agreement-heading"
      className="rounded-md border border-slate-300 p-3 text-sm dark:border-slate-700"
      data-testid="agreement"
    >
      <h2 id="agreement-heading" className="font-semibold">
        Agreement among reviewers (Krippendorff&apos;s α)
      </h2>
      <p className="mt-1">
        {agreement.claims} claim{agreement.claims === 1 ? "" : "s"} graded by two or more of {agreement.reviewers}{" "}
        reviewer{agreement.reviewers === 1 ? "" : "s"}.
      </p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {(
          [
            ["Certainty (ordinal)", agreement.certainty],
            ["Tier (nominal)", agreement.tier],
          ] as const
        ).map(([name, a]) => (
          <div key={name} className="contents">
            <dt>{name}</dt>
            <dd>
              <strong>
                α = {formatAlpha(a.alpha)}, {a.label}
              </strong>{" "}
              <span className="text-slate-600 dark:text-slate-300">{a.advice}</span>
            </dd>
          </div>
        ))}
      </dl>
      {agreement.drivers.length > 0 && (
        <>
          <h3 className="mt-2 font-medium">Claims that drive disagreement</h3>
          <ol className="list-decimal pl-5" data-testid="disagreement-drivers">
            {agreement.drivers.map((d) => (
              <li key={d.claimId}>
                Claim {d.number} (spread {d.score}): {d.text.length > 100 ? `${d.text.slice(0, 100)}…` : d.text}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

export function DecidePanel({ view }: { view: DecideView }) {
  const router = useRouter();
  const [contestedFirst, setContestedFirst] = useState(true);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const { document: doc } = view;
  const session = useSession();
  const [focused, setFocused] = useState<string | null>(null);
  // A form loads the latest decision by starting afresh with the refreshed page (its fields keep what they read).
  const [reloads, setReloads] = useState<Record<string, number>>({});
  const [, startRefresh] = useTransition();
  const loadLatest = (claimId: string) =>
    startRefresh(() => {
      router.refresh();
      setReloads((r) => ({ ...r, [claimId]: (r[claimId] ?? 0) + 1 }));
    });
  const present: Present[] = usePresence(doc.id, session.session?.user.id ?? null, focused);
  // Grades submitted and decisions made elsewhere show up in place; an open form keeps its values.
  useDocumentEvents(doc.id, (event) => {
    if (event.type === "resync" || (event.type === "document.changed" && event.what !== "decision")) router.refresh();
  });
  const undecided = view.claims.filter((c) => !c.decision).length;
  const claims = contestedFirst
    ? [...view.claims].sort((a, b) => b.disagreement - a.disagreement || a.number - b.number)
    : view.claims;

  return (
    <div className="flex flex-col gap-6">
      <header>
        <Breadcrumbs
          items={[
            { label: "Documents", href: "/" },
            { label: doc.title, href: `/documents/${doc.slug}` },
            { label: "Decide" },
          ]}
        />
        <h1 className="mt-1 text-2xl font-bold tracking-tight">Decide and publish: {doc.title}</h1>
        <p className="mt-1 text-sm">
          {view.claims.length - undecided} of {view.claims.length} claims decided · status{" "}
          {doc.status.toLowerCase().replace("_", " ")}
        </p>
        <DocumentNav slug={doc.slug} />
      </header>

      <section
        aria-labelledby="publish-heading"
        className="rounded-md border border-slate-300 p-3 dark:border-slate-700"
      >
        <h2 id="publish-heading" className="font-semibold">
          Publish
        </h2>
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        {undecided > 0 && (
          <label className="mt-2 flex flex-col text-sm">
            Reason to publish with {undecided} undecided claim{undecided === 1 ? "" : "s"}
            <input value={reason} onChange={(e) => setReason(e.target.value)} className={selectClass} />
          </label>
        )}
        <Button
          className="mt-2"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await publishAction({
                documentId: doc.id,
                version: doc.version,
                overrideReason: reason || undefined,
              });
              if (result.ok) {
                setMessage({ tone: "info", text: "Published: readers now see the decisions." });
                router.refresh();
              } else setMessage({ tone: "error", text: result.message });
            })
          }
        >
          Publish
        </Button>
      </section>

      <AgreementSummary agreement={view.agreement} />

      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={contestedFirst} onChange={(e) => setContestedFirst(e.target.checked)} /> Most
        contested first
      </label>
      <ol className="flex flex-col gap-4">
        {claims.map((claim) => (
          <li
            key={claim.id}
            className="rounded-md border border-slate-300 p-3 text-sm dark:border-slate-700"
            data-testid="decide-claim"
          >
            <p className="flex flex-wrap items-center gap-2">
              <strong>Claim {claim.number}</strong>
              {claim.tier && <TierBadge tier={claim.tier} />}
              {claim.disagreement > 0 && (
                <span className="rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-900">
                  Disagreement {claim.disagreement}
                </span>
              )}
              {claim.decision && <span className="text-xs">Decided</span>}
            </p>
            <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 font-serif">{claim.text}</blockquote>
            <p className="mt-1 text-xs">
              {claim.grades.reviews === 0
                ? "No submitted reviews."
                : `${claim.grades.reviews} review(s): ${Object.entries(claim.grades.certainties)
                    .map(([c, n]) => `${CERTAINTY[c as Certainty].label} ${n}`)
                    .join(", ")}${
                    Object.keys(claim.grades.tierOpinions).length
                      ? `; tiers ${Object.entries(claim.grades.tierOpinions)
                          .map(([t, n]) => `${TIER_LABELS[t as keyof typeof TIER_LABELS]} ${n}`)
                          .join(", ")}`
                      : ""
                  }`}
            </p>
            <PresenceList people={present} claimId={claim.id} />
            {claim.certaintyReasons.length > 0 && (
              <ul className="mt-1 text-xs" data-testid="certainty-reasons">
                {claim.certaintyReasons.map((r) => (
                  <li key={r.reviewer}>
                    {r.reviewer} chose {r.certainty ? CERTAINTY[r.certainty].label : "no certainty"}, not the computed
                    one, because: {r.reason}
                  </li>
                ))}
              </ul>
            )}
            <DecisionForm
              key={reloads[claim.id] ?? 0}
              claim={claim}
              documentId={doc.id}
              onFocus={() => setFocused(claim.id)}
              onLoadLatest={() => loadLatest(claim.id)}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
