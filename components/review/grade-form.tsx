"use client";

import type { JSONContent } from "@tiptap/core";
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { SignInAgain } from "@/components/auth/sign-in-again";
import { Button } from "@/components/ui/button";
import { TIER_LABELS, TIERS } from "@/lib/claims/tiers";
import type { Certainty, ClaimTier, Concern } from "@/lib/generated/prisma/enums";
import { reopenReviewAction, saveReviewAction, submitReviewAction } from "@/lib/reviews/actions";
import { CERTAINTY, CONCERN_LABELS, DOMAIN_INFO, UPGRADE_INFO } from "@/lib/reviews/grade-labels";
import { rateCertainty, type StartingLevel, submittableGradeSchema } from "@/lib/reviews/grade-rating";
import type { ReviewDto } from "@/lib/reviews/review-dto";
import { DOMAINS, type Domain, UPGRADES, type Upgrade } from "@/lib/reviews/schemas";
import { plainText } from "@/lib/rich-text/plain-text";
import type { RichTextNode } from "@/lib/rich-text/types";
import { RichTextEditor } from "./rich-text-editor";
import { type SaveState, useVersionedAutosave } from "./use-versioned-autosave";

type Fields = {
  certainty: Certainty | null;
  certaintyReason: string | null;
  tierOpinion: ClaimTier | null;
  rationale: JSONContent | null;
} & Record<Domain, Concern | null> &
  Record<Upgrade, boolean>;
type Field = keyof Fields;

function fieldsOf(review: ReviewDto | null): Fields {
  return {
    certainty: review?.certainty ?? null,
    certaintyReason: review?.certaintyReason ?? null,
    tierOpinion: review?.tierOpinion ?? null,
    rationale: (review?.rationale as JSONContent | null) ?? null,
    riskOfBias: review?.riskOfBias ?? null,
    inconsistency: review?.inconsistency ?? null,
    indirectness: review?.indirectness ?? null,
    imprecision: review?.imprecision ?? null,
    publicationBias: review?.publicationBias ?? null,
    largeEffect: review?.largeEffect ?? false,
    doseResponse: review?.doseResponse ?? false,
    plausibleConfounding: review?.plausibleConfounding ?? false,
  };
}

const FIELD_LABELS: Record<Field, string> = {
  certainty: "Certainty",
  certaintyReason: "Reason for a different certainty",
  tierOpinion: "Your view of the tier",
  rationale: "Rationale",
  ...(Object.fromEntries(DOMAINS.map((d) => [d, DOMAIN_INFO[d].label])) as Record<Domain, string>),
  ...(Object.fromEntries(UPGRADES.map((u) => [u, UPGRADE_INFO[u].label])) as Record<Upgrade, string>),
};

/** A field's value in words, for the comparison after a conflict. */
function inWords(field: Field, value: unknown): string {
  if (field === "certainty") return value ? CERTAINTY[value as Certainty].label : "not set";
  if (field === "tierOpinion") return value ? TIER_LABELS[value as ClaimTier] : "no opinion";
  if (field === "rationale") {
    const text = value ? plainText(value as RichTextNode).trim() : "";
    return text ? `“${text.length > 80 ? `${text.slice(0, 80)}…` : text}”` : "empty";
  }
  if (field === "certaintyReason") return value ? `“${value}”` : "empty";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return value ? CONCERN_LABELS[value as Concern] : "not assessed";
}

/** The save state in a word or two, shown beside the field being edited (the form can be taller than the screen). */
function shortState(state: SaveState): string {
  const words: Record<SaveState["kind"], string> = {
    idle: "",
    pending: "Unsaved changes…",
    saving: "Saving…",
    saved: "Saved",
    merged: "Saved",
    error: "Not saved yet",
    conflict: "Not saved: saved elsewhere (see the top of the form)",
  };
  return words[state.kind];
}

const selectClass =
  "rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-500 dark:bg-slate-900";

/** One reviewer's GRADE assessment of a claim: autosaved as a draft, kept locally until the server has it. */
export function GradeForm({
  claimId,
  userId,
  review,
  people,
  start,
}: {
  claimId: string;
  userId: string;
  review: ReviewDto | null;
  people: { id: string; name: string }[];
  /** GRADE's starting level from the cited study designs; null when no citation sets one. */
  start: StartingLevel | null;
}) {
  const save = useCallback(
    (fields: Fields, version: number) => saveReviewAction({ claimId, version, ...fields }),
    [claimId],
  );
  const autosave = useVersionedAutosave<Fields, ReviewDto>({
    draftKey: `review:${userId}:${claimId}`,
    server: review,
    toFields: fieldsOf,
    save,
    keepaliveUrl: `/api/v1/claims/${encodeURIComponent(claimId)}/review`,
  });
  const { fields, server, state } = autosave;
  // The field last changed: its save state is shown beside it, where the reviewer is looking.
  const [editing, setEditing] = useState<Field | null>(null);
  const router = useRouter();
  // The same schema the server submits with (lib/reviews/grade-rating.ts): a differing certainty needs a reason.
  const [reasonError, setReasonError] = useState<string | null>(null);
  const rating = start ? rateCertainty(start, fields) : null;
  const differs = rating !== null && fields.certainty !== null && fields.certainty !== rating.certainty;

  function change(field: Field, patch: Partial<Fields>) {
    setEditing(field);
    autosave.change(patch);
  }

  async function submit() {
    const checked = submittableGradeSchema(start).safeParse(fields);
    setReasonError(checked.success ? null : (checked.error.issues[0]?.message ?? null));
    if (!checked.success) return;
    if (!(await autosave.flush())) return;
    const result = await submitReviewAction({ claimId, version: server?.version ?? 0 });
    if (!result.ok) return autosave.fail(result.message, result.code);
    autosave.confirm(result.data);
    // Submitting lifts independent grading: the workspace reloads to show the other reviewers' grades.
    router.refresh();
  }

  async function reopen() {
    const result = await reopenReviewAction({ claimId, version: server?.version ?? 0 });
    if (result.ok) autosave.confirm(result.data);
    else autosave.fail(result.message, result.code);
  }

  const submitted = server?.status === "SUBMITTED";
  const fieldState = (field: Field) =>
    editing === field && !submitted && shortState(state) ? (
      <span className="text-xs text-slate-600 dark:text-slate-400" data-testid="field-save-state">
        {shortState(state)}
      </span>
    ) : null;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      className="flex flex-col gap-4"
      aria-label="Grade"
    >
      <p role="status" aria-live="polite" className="text-sm" data-testid="save-state">
        {submitted
          ? "Submitted. Reopen the review to change it."
          : state.kind === "pending"
            ? "Unsaved changes: saving in a moment…"
            : state.kind === "saving"
              ? "Saving…"
              : state.kind === "saved"
                ? "Draft saved."
                : state.kind === "merged"
                  ? "Draft saved, together with changes saved elsewhere (another tab or device)."
                  : state.kind === "error" || state.kind === "conflict"
                    ? state.message
                    : autosave.restored
                      ? "Restored unsaved changes from this browser; they will be saved as you continue."
                      : server
                        ? "Draft: changes are saved as you go."
                        : "Not graded yet: changes are saved as you go."}
      </p>
      {state.kind === "error" && state.signedOut && (
        <p className="text-sm" data-testid="signed-out">
          Your session has ended. <SignInAgain /> to save your changes: you come back to this page.
        </p>
      )}

      {state.kind === "conflict" && (
        <div className="rounded-md border border-amber-500 p-3 text-sm" role="alert" data-testid="conflict">
          <p className="font-semibold">Saved elsewhere</p>
          <p>
            Changes saved elsewhere that do not touch what you changed are already in the form. These fields were
            changed in both places:
          </p>
          <ul className="mt-1 list-disc pl-5" data-testid="collisions">
            {state.collisions.map((field) => (
              <li key={field}>
                {FIELD_LABELS[field as Field]}: saved there {inWords(field as Field, state.theirs[field])}; yours{" "}
                {inWords(field as Field, fields[field as Field])}.
              </li>
            ))}
          </ul>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button variant="secondary" onClick={autosave.keepMine}>
              Keep mine (overwrites {state.collisions.map((f) => FIELD_LABELS[f as Field].toLowerCase()).join(", ")})
            </Button>
            <Button variant="secondary" onClick={autosave.takeSaved}>
              Use the saved version
            </Button>
          </div>
        </div>
      )}

      <fieldset disabled={submitted} className="flex flex-col gap-4 disabled:opacity-80">
        <fieldset>
          <legend className="text-sm font-medium">Certainty of the evidence (GRADE) {fieldState("certainty")}</legend>
          <p className="mt-1 text-sm" data-testid="computed-certainty">
            {rating ? (
              <>
                {rating.explanation}{" "}
                <span className="whitespace-nowrap">
                  (<span aria-hidden="true">{CERTAINTY[rating.certainty].symbol}</span> computed)
                </span>
              </>
            ) : (
              "No starting level yet: cite the randomised trials or observational studies behind the claim (with their study design) to compute one."
            )}
          </p>
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {(Object.keys(CERTAINTY) as Certainty[]).map((level) => (
              <label
                key={level}
                className="flex items-center gap-2 rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600"
                title={CERTAINTY[level].meaning}
              >
                <input
                  type="radio"
                  name="certainty"
                  checked={fields.certainty === level}
                  onChange={() => change("certainty", { certainty: level })}
                />
                <span aria-hidden="true">{CERTAINTY[level].symbol}</span> {CERTAINTY[level].label}
              </label>
            ))}
          </div>
        </fieldset>

        {(differs || fields.certaintyReason) && (
          <div className="flex flex-col gap-1">
            <label htmlFor="certainty-reason" className="text-sm font-medium">
              Reason for a different certainty {fieldState("certaintyReason")}
            </label>
            <span id="certainty-reason-help" className="text-xs text-slate-600 dark:text-slate-400">
              {rating && differs
                ? `The evidence gives ${CERTAINTY[rating.certainty].label}; you chose ${CERTAINTY[fields.certainty!].label}. Editors see your reason.`
                : "Editors see your reason."}
            </span>
            <textarea
              id="certainty-reason"
              aria-describedby="certainty-reason-help"
              aria-invalid={reasonError ? true : undefined}
              value={fields.certaintyReason ?? ""}
              maxLength={2000}
              rows={2}
              onChange={(e) => change("certaintyReason", { certaintyReason: e.target.value || null })}
              className="rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-500 dark:bg-slate-900"
            />
            {reasonError && (
              <p role="alert" className="text-sm text-red-700 dark:text-red-400" data-testid="certainty-reason-error">
                {reasonError}
              </p>
            )}
          </div>
        )}

        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium">Reasons to rate down</legend>
          {DOMAINS.map((domain) => (
            <div key={domain} className="flex flex-wrap items-center justify-between gap-2">
              <label htmlFor={`domain-${domain}`} className="text-sm" title={DOMAIN_INFO[domain].help}>
                {DOMAIN_INFO[domain].label} {fieldState(domain)}
                <span id={`domain-${domain}-help`} className="block text-xs text-slate-600 dark:text-slate-400">
                  {DOMAIN_INFO[domain].help}
                </span>
              </label>
              <select
                id={`domain-${domain}`}
                aria-describedby={`domain-${domain}-help`}
                value={fields[domain] ?? ""}
                onChange={(e) => change(domain, { [domain]: (e.target.value || null) as Concern | null })}
                className={selectClass}
              >
                <option value="">Not assessed</option>
                {(Object.keys(CONCERN_LABELS) as Concern[]).map((c) => (
                  <option key={c} value={c}>
                    {CONCERN_LABELS[c]}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>

        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium">Reasons to rate up</legend>
          {UPGRADES.map((upgrade) => (
            <label key={upgrade} className="flex items-start gap-2 text-sm" title={UPGRADE_INFO[upgrade].help}>
              <input
                type="checkbox"
                checked={fields[upgrade]}
                onChange={(e) => change(upgrade, { [upgrade]: e.target.checked })}
                className="mt-1"
              />
              <span>
                {UPGRADE_INFO[upgrade].label} {fieldState(upgrade)}
                <span className="block text-xs text-slate-600 dark:text-slate-400">{UPGRADE_INFO[upgrade].help}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <div className="flex flex-col gap-1">
          <label htmlFor="tier-opinion" className="text-sm font-medium">
            Your view of the evidence tier {fieldState("tierOpinion")}
          </label>
          <select
            id="tier-opinion"
            value={fields.tierOpinion ?? ""}
            onChange={(e) => change("tierOpinion", { tierOpinion: (e.target.value || null) as ClaimTier | null })}
            className={selectClass}
          >
            <option value="">No opinion</option>
            {TIERS.map((t) => (
              <option key={t} value={t}>
                {TIER_LABELS[t]}
              </option>
            ))}
          </select>
        </div>

        <div className="flex flex-col gap-1">
          <RichTextEditor
            id="rationale"
            label="Rationale"
            value={fields.rationale}
            onChange={(doc) => change("rationale", { rationale: doc })}
            people={people}
          />
          {fieldState("rationale")}
        </div>
      </fieldset>

      {submitted ? (
        <Button variant="secondary" onClick={() => void reopen()}>
          Reopen review
        </Button>
      ) : (
        <Button type="submit" disabled={!fields.certainty || state.kind === "saving"}>
          Submit review
        </Button>
      )}
    </form>
  );
}
