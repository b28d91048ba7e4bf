import "server-only";
import { Cite } from "@citation-js/core";
import type { AnnotatedDocument } from "../annotated-document";
import type { ExportFile } from "../export-file";

/** Every cited work once (by identifier, else by title), as CSL items with stable ids. */
function citedWorks(doc: AnnotatedDocument) {
  const seen = new Map<string, object>();
  for (const claim of doc.claims) {
    for (const c of claim.citations) {
      const key = c.identifier ? `${c.identifierType}:${c.identifier}` : (c.csl.title ?? c.id).toLowerCase();
      if (!seen.has(key)) seen.set(key, { ...c.csl, id: `ref${seen.size + 1}` });
    }
  }
  return [...seen.values()];
}

export function toBibtex(doc: AnnotatedDocument): ExportFile {
  const works = citedWorks(doc);
  return {
    body: works.length ? new Cite(works).format("bibtex") : "",
    contentType: "application/x-bibtex; charset=utf-8",
    extension: "bib",
  };
}

export function toRis(doc: AnnotatedDocument): ExportFile {
  const works = citedWorks(doc);
  return {
    body: works.length ? new Cite(works).format("ris") : "",
    contentType: "application/x-research-info-systems; charset=utf-8",
    extension: "ris",
  };
}
