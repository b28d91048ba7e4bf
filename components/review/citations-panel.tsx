"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { addCitationsAction, deleteCitationAction, fetchCitationMetadataAction } from "@/lib/citations/actions";
import type { CitationDto } from "@/lib/citations/citations";
import { STANCE_REQUIRED } from "@/lib/citations/schemas";
import { STUDY_DESIGNS } from "@/lib/citations/study-designs";
import type { Stance, StudyDesign } from "@/lib/generated/prisma/enums";
import { formChoice } from "@/lib/validation/form-choice";

const STANCES: { value: Stance; label: string }[] = [
  { value: "SUPPORTS", label: "Supports" },
  { value: "CONTRADICTS", label: "Contradicts" },
  { value: "MENTIONS", label: "Mentions" },
];

const inputClass =
  "rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-500 dark:bg-slate-900";

export function CitationsPanel({
  claimId,
  userId,
  citations,
  canModerate,
}: {
  claimId: string;
  userId: string;
  citations: CitationDto[];
  canModerate: boolean;
}) {
  const router = useRouter();
  const [source, setSource] = useState<"identifier" | "bibtex" | "ris" | "csl-json">("identifier");
  const [style, setStyle] = useState<"apa" | "vancouver">("apa");
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const stance = formChoice(
      STANCES.map((s) => s.value),
      data.get("stance"),
    );
    if (!stance) {
      setMessage({ tone: "error", text: STANCE_REQUIRED });
      return;
    }
    const common = {
      claimId,
      stance,
      studyDesign: formChoice(Object.keys(STUDY_DESIGNS) as StudyDesign[], data.get("studyDesign")),
      note: String(data.get("note") ?? "") || undefined,
    };
    const input =
      source === "identifier"
        ? {
            ...common,
            source,
            identifier: String(data.get("identifier") ?? ""),
            title: String(data.get("title") ?? "") || undefined,
          }
        : { ...common, source, reference: String(data.get("reference") ?? "") };
    startTransition(async () => {
      const result = await addCitationsAction(input);
      if (result.ok) {
        setMessage({ tone: "info", text: `Citation${result.data.length > 1 ? "s" : ""} added.` });
        form.reset();
        router.refresh();
      } else setMessage({ tone: "error", text: result.message });
    });
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center justify-between">
        <h3 className="font-semibold">Citations ({citations.length})</h3>
        <label className="text-sm">
          Style{" "}
          <select
            value={style}
            onChange={(e) => setStyle(e.target.value as "apa" | "vancouver")}
            className={inputClass}
          >
            <option value="apa">APA</option>
            <option value="vancouver">Vancouver</option>
          </select>
        </label>
      </div>
      <ol className="flex flex-col gap-3 text-sm" data-testid="citations">
        {citations.map((c) => (
          <li key={c.id} className="rounded border border-slate-200 p-2 dark:border-slate-700">
            <p>{c[style]}</p>
            {c.metadata === "NOT_FETCHED" && (
              <p className="mt-1 text-xs text-amber-900 dark:text-amber-200" data-testid="metadata-not-fetched">
                Metadata not fetched: only the identifier is known.{" "}
                {(c.addedBy?.id === userId || canModerate) && (
                  <button
                    type="button"
                    className="underline"
                    disabled={pending}
                    onClick={() =>
                      startTransition(async () => {
                        const result = await fetchCitationMetadataAction({ citationId: c.id, version: c.version });
                        if (!result.ok) setMessage({ tone: "error", text: result.message });
                        else if (result.data.metadataError)
                          setMessage({ tone: "error", text: result.data.metadataError });
                        else {
                          setMessage({ tone: "info", text: "Metadata fetched." });
                          router.refresh();
                        }
                      })
                    }
                  >
                    Fetch metadata again
                  </button>
                )}
              </p>
            )}
            <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
              <strong>{STANCES.find((s) => s.value === c.stance)?.label}</strong> the claim ·{" "}
              {STUDY_DESIGNS[c.studyDesign]} · added by {c.addedBy?.name ?? "a former user"}
              {c.note && <> · {c.note}</>}
            </p>
            {(c.addedBy?.id === userId || canModerate) && (
              <button
                type="button"
                className="mt-1 text-xs underline"
                onClick={() =>
                  startTransition(async () => {
                    const result = await deleteCitationAction({ citationId: c.id, version: c.version });
                    if (result.ok) router.refresh();
                    else setMessage({ tone: "error", text: result.message });
                  })
                }
              >
                Remove citation
              </button>
            )}
          </li>
        ))}
      </ol>

      <form
        onSubmit={onSubmit}
        className="flex flex-col gap-2 border-t border-slate-200 pt-3 dark:border-slate-700"
        aria-label="Add a citation"
      >
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <fieldset className="flex flex-wrap gap-3 text-sm">
          <legend className="font-medium">Add by</legend>
          {(
            [
              ["identifier", "Identifier"],
              ["bibtex", "BibTeX"],
              ["ris", "RIS"],
              ["csl-json", "CSL-JSON"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-1">
              <input type="radio" name="source" checked={source === value} onChange={() => setSource(value)} />
              {label}
            </label>
          ))}
        </fieldset>
        {source === "identifier" ? (
          <>
            <label htmlFor="identifier" className="text-sm font-medium">
              DOI, PMID, PMCID, arXiv id, ISBN or URL
            </label>
            <input
              id="identifier"
              name="identifier"
              required
              className={inputClass}
              placeholder="10.1038/s41586-020-2649-2"
            />
            <label htmlFor="citation-title" className="text-sm font-medium">
              Title (optional)
            </label>
            <input id="citation-title" name="title" className={inputClass} />
          </>
        ) : (
          <>
            <label htmlFor="reference" className="text-sm font-medium">
              Paste {source === "bibtex" ? "BibTeX" : source === "ris" ? "RIS" : "CSL-JSON"}
            </label>
            <textarea id="reference" name="reference" required rows={5} className={`${inputClass} font-mono`} />
          </>
        )}
        <fieldset className="flex flex-wrap gap-3 text-sm">
          <legend className="font-medium">The source…</legend>
          {STANCES.map((s) => (
            <label key={s.value} className="flex items-center gap-1">
              <input type="radio" name="stance" value={s.value} required /> {s.label.toLowerCase()} the claim
            </label>
          ))}
        </fieldset>
        <label htmlFor="study-design" className="text-sm font-medium">
          Study design
        </label>
        <select id="study-design" name="studyDesign" defaultValue="OTHER" className={inputClass}>
          {Object.entries(STUDY_DESIGNS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <label htmlFor="citation-note" className="text-sm font-medium">
          Note (optional)
        </label>
        <input id="citation-note" name="note" maxLength={2000} className={inputClass} />
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add citation"}
        </Button>
      </form>
    </div>
  );
}
