"use client";

import type { JSONContent } from "@tiptap/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { reopenReviewAction, saveReviewAction, submitReviewAction } from "@/app/documents/[slug]/review/actions";
import { Button } from "@/components/ui/button";
import { TIER_LABELS, TIERS } from "@/lib/claims/tiers";
import type { Certainty, ClaimTier, Concern } from "@/lib/generated/prisma/enums";
import { CERTAINTY, CONCERN_LABELS, DOMAIN_INFO, UPGRADE_INFO } from "@/lib/reviews/grade-labels";
import type { ReviewDto } from "@/lib/reviews/review-dto";
import { DOMAINS, type Domain, UPGRADES, type Upgrade } from "@/lib/reviews/schemas";
import { localDraft } from "./local-draft";
import { RichTextEditor } from "./rich-text-editor";

type Fields = {
  certainty: Certainty | null;
  tierOpinion: ClaimTier | null;
  rationale: JSONContent | null;
} & Record<Domain, Concern | null> &
  Record<Upgrade, boolean>;

type SaveState =
  | { kind: "idle" | "saving" | "saved" }
  | { kind: "error"; message: string }
  | { kind: "conflict"; message: string; current: ReviewDto | null };

const AUTOSAVE_MS = 1200;
/** After "the database is not available" or no answer at all, the save is tried again on its own this often. */
const RETRY_MS = 3000;

function fieldsOf(review: ReviewDto | null): Fields {
  return {
    certainty: review?.certainty ?? null,
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

const selectClass =
  "rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-500 dark:bg-slate-900";

/** One reviewer's GRADE assessment of a claim: autosaved as a draft, kept locally until the server has it. */
export function GradeForm({
  claimId,
  userId,
  review,
  people,
}: {
  claimId: string;
  userId: string;
  review: ReviewDto | null;
  people: { id: string; name: string }[];
}) {
  const draftKey = `review:${userId}:${claimId}`;
  const [fields, setFields] = useState<Fields>(() => fieldsOf(review));
  const [status, setStatus] = useState(review?.status ?? "DRAFT");
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const [restored, setRestored] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // What the next save sends: updated synchronously, since saves may run before React re-renders.
  const latest = useRef({ fields, version: review?.version ?? 0 });

  // Unsaved changes from an earlier visit (a failed save, a reload) come back, and are saved again.
  useEffect(() => {
    const draft = localDraft.load<{ fields: Fields }>(draftKey);
    if (draft && JSON.stringify(draft.fields) !== JSON.stringify(fieldsOf(review))) {
      setFields(draft.fields);
      latest.current.fields = draft.fields;
      setRestored(true);
    }
  }, [draftKey, review]);

  // Saves run one after another, each naming the version the previous one produced.
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const persist = useCallback(() => {
    const run = async () => {
      const { fields: current, version: seen } = latest.current;
      setSave({ kind: "saving" });
      const result = await saveReviewAction({ claimId, version: seen, ...current }).catch(() => ({
        ok: false as const,
        code: "UNAVAILABLE",
        message: "Could not reach the server.",
        details: undefined,
      }));
      if (result.ok) {
        latest.current.version = result.data.version;
        setSave({ kind: "saved" });
        if (JSON.stringify(latest.current.fields) === JSON.stringify(current)) localDraft.clear(draftKey);
        return true;
      }
      if (result.code === "CONFLICT") {
        const details = result.details as { current?: ReviewDto | null } | undefined;
        setSave({ kind: "conflict", message: result.message, current: details?.current ?? null });
      } else if (result.code === "UNAVAILABLE") {
        setSave({
          kind: "error",
          message: `${result.message} Your changes are kept in this browser and will be saved when it is back.`,
        });
        // Unless a new change schedules its own save first.
        timer.current = setTimeout(() => {
          queue.current = queue.current.then(run, run);
        }, RETRY_MS);
      } else {
        setSave({ kind: "error", message: `${result.message} Your changes are kept in this browser.` });
      }
      return false;
    };
    queue.current = queue.current.then(run, run);
    return queue.current;
  }, [claimId, draftKey]);

  function change(patch: Partial<Fields>) {
    const next = { ...latest.current.fields, ...patch };
    setFields(next);
    latest.current.fields = next;
    localDraft.save(draftKey, { fields: next });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void persist(), AUTOSAVE_MS);
  }

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  async function submit() {
    if (timer.current) clearTimeout(timer.current);
    if (!(await persist())) return;
    const result = await submitReviewAction({ claimId, version: latest.current.version });
    if (result.ok) {
      latest.current.version = result.data.version;
      setStatus("SUBMITTED");
      setSave({ kind: "saved" });
    } else setSave({ kind: "error", message: result.message });
  }

  async function reopen() {
    const result = await reopenReviewAction({ claimId, version: latest.current.version });
    if (result.ok) {
      latest.current.version = result.data.version;
      setStatus("DRAFT");
    } else setSave({ kind: "error", message: result.message });
  }

  const submitted = status === "SUBMITTED";
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
          : save.kind === "saving"
            ? "Saving…"
            : save.kind === "saved"
              ? "Draft saved."
              : save.kind === "error"
                ? save.message
                : save.kind === "conflict"
                  ? save.message
                  : restored
                    ? "Restored unsaved changes from this browser; they will be saved as you continue."
                    : review
                      ? "Draft: changes are saved as you go."
                      : "Not graded yet: changes are saved as you go."}
      </p>

      {save.kind === "conflict" && (
        <div className="rounded-md border border-amber-500 p-3 text-sm" role="alert">
          <p className="font-semibold">Saved elsewhere</p>
          <p>
            Certainty there: {save.current?.certainty ? CERTAINTY[save.current.certainty].label : "not set"}; yours:{" "}
            {fields.certainty ? CERTAINTY[fields.certainty].label : "not set"}.
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button
              variant="secondary"
              onClick={() => {
                latest.current.version = save.current?.version ?? 0;
                void persist();
              }}
            >
              Reapply my changes
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setFields(fieldsOf(save.current));
                latest.current = { fields: fieldsOf(save.current), version: save.current?.version ?? 0 };
                setStatus(save.current?.status ?? "DRAFT");
                localDraft.clear(draftKey);
                setSave({ kind: "idle" });
              }}
            >
              Use the saved version
            </Button>
          </div>
        </div>
      )}

      <fieldset disabled={submitted} className="flex flex-col gap-4 disabled:opacity-80">
        <fieldset>
          <legend className="text-sm font-medium">Certainty of the evidence (GRADE)</legend>
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
                  onChange={() => change({ certainty: level })}
                />
                <span aria-hidden="true">{CERTAINTY[level].symbol}</span> {CERTAINTY[level].label}
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium">Reasons to rate down</legend>
          {DOMAINS.map((domain) => (
            <div key={domain} className="flex flex-wrap items-center justify-between gap-2">
              <label htmlFor={`domain-${domain}`} className="text-sm" title={DOMAIN_INFO[domain].help}>
                {DOMAIN_INFO[domain].label}
                <span id={`domain-${domain}-help`} className="block text-xs text-slate-600 dark:text-slate-400">
                  {DOMAIN_INFO[domain].help}
                </span>
              </label>
              <select
                id={`domain-${domain}`}
                aria-describedby={`domain-${domain}-help`}
                value={fields[domain] ?? ""}
                onChange={(e) => change({ [domain]: (e.target.value || null) as Concern | null })}
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
                onChange={(e) => change({ [upgrade]: e.target.checked })}
                className="mt-1"
              />
              <span>
                {UPGRADE_INFO[upgrade].label}
                <span className="block text-xs text-slate-600 dark:text-slate-400">{UPGRADE_INFO[upgrade].help}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <div className="flex flex-col gap-1">
          <label htmlFor="tier-opinion" className="text-sm font-medium">
            Your view of the evidence tier
          </label>
          <select
            id="tier-opinion"
            value={fields.tierOpinion ?? ""}
            onChange={(e) => change({ tierOpinion: (e.target.value || null) as ClaimTier | null })}
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

        <RichTextEditor
          id="rationale"
          label="Rationale"
          value={fields.rationale}
          onChange={(doc) => change({ rationale: doc })}
          people={people}
        />
      </fieldset>

      {submitted ? (
        <Button variant="secondary" onClick={() => void reopen()}>
          Reopen review
        </Button>
      ) : (
        <Button type="submit" disabled={!fields.certainty || save.kind === "saving"}>
          Submit review
        </Button>
      )}
    </form>
  );
}
