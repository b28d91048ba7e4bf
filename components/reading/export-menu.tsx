"use client";

import { useState } from "react";
import { useAccountRole } from "./use-account-role";

const FORMATS = [
  ["html", "Annotated HTML", false],
  ["pdf", "PDF with numbered critiques", false],
  ["md", "Markdown with footnotes", false],
  ["docx", "Word with margin comments", true],
  ["csv", "Spreadsheet (CSV)", true],
  ["w3c", "W3C Web Annotations", true],
  ["claimreview", "schema.org ClaimReview", true],
  ["bibtex", "BibTeX references", true],
  ["ris", "RIS references", true],
  ["jats", "JATS XML (publishers)", true],
] as const;

/** Downloads of the annotated document, with what each is doing shown while it is prepared. */
export function ExportMenu({ documentId }: { documentId: string }) {
  const role = useAccountRole();
  const editor = role === "EDITOR" || role === "ADMIN";
  const [status, setStatus] = useState<string>("");

  async function download(format: string, label: string) {
    setStatus(`Preparing ${label}…`);
    try {
      const response = await fetch(`/api/v1/documents/${documentId}/export?format=${format}`);
      if (!response.ok) {
        const { error } = await response
          .json()
          .catch(() => ({ error: { message: `Export failed (${response.status}).` } }));
        setStatus(error.message);
        return;
      }
      const name =
        /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `export.${format}`;
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement("a"), { href: url, download: name });
      link.click();
      URL.revokeObjectURL(url);
      setStatus(`${label} downloaded.`);
    } catch {
      setStatus("Could not reach the server. Try again.");
    }
  }

  return (
    <details className="reading-tool">
      <summary>Export</summary>
      <div className="reading-tool-panel">
        <ul className="flex flex-col gap-1">
          {FORMATS.filter(([, , editorsOnly]) => editor || !editorsOnly).map(([format, label]) => (
            <li key={format}>
              <button type="button" className="underline" onClick={() => void download(format, label)}>
                {label}
              </button>
            </li>
          ))}
        </ul>
        <p role="status" aria-live="polite" className="mt-2 text-xs">
          {status}
        </p>
      </div>
    </details>
  );
}
