"use client";

import type { JSONContent } from "@tiptap/core";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { DocumentNav } from "@/components/document/document-nav";
import { TierBadge } from "@/components/document/tier-badge";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
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
function DecisionForm({ claim }: { claim: DecideView["claims"][number] }) {
  const router = useRouter();
  // Edited as rich text and saved as it is, so the note keeps its formatting across edits.
  const [note, setNote] = useState<JSONContent | null>((claim.decision?.note as JSONContent | null) ?? null);
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      aria-label={`Decision on claim ${claim.number}`}
      className="mt-2 flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        startTransition(async () => {
          const result = await saveDecisionAction({
            claimId: claim.id,
            version: claim.decision?.version ?? 0,
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

export function DecidePanel({ view }: { view: DecideView }) {
  const router = useRouter();
  const [contestedFirst, setContestedFirst] = useState(true);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const { document: doc } = view;
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
            <DecisionForm claim={claim} />
          </li>
        ))}
      </ol>
    </div>
  );
}
