import "server-only";
import { applyClaimMarks } from "@/lib/rich-text/apply-claim-marks";
import { renderDocumentBody } from "@/lib/rich-text/render";
import type { AnnotatedClaim, AnnotatedDocument } from "../annotated-document";
import { critiqueSections, critiqueSummary, hasCritique, isoDate, shownCertainty } from "../critique-text";
import type { ExportFile } from "../export-file";
import { escapeHtml, paragraphsHtml } from "../html-text";
import { safeUrl } from "../safe-url";

const STYLE = `
body{font:18px/1.6 "Iowan Old Style",Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#0f172a}
h1,h2,h3{font-family:system-ui,sans-serif;line-height:1.25}
mark.claim{background:#f1f5f9;text-decoration:underline 2px;text-underline-offset:4px}
mark.claim[data-tier=PRECLINICAL]{background:#e0f2fe;text-decoration-style:solid}
mark.claim[data-tier=EARLY_HUMAN_TRIAL]{background:#dcfce7;text-decoration-style:double}
mark.claim[data-tier=SPECULATIVE]{background:#fef3c7;text-decoration-style:wavy}
sup{line-height:0}
sup a{text-decoration:none}
.critiques{font-size:15px;border-top:1px solid #94a3b8;margin-top:2rem}
.critiques li{margin:.75rem 0}
.critiques h3{font:600 14px system-ui,sans-serif;margin:.5rem 0 .25rem}
.critiques p{margin:.25rem 0}
.discussion ul{padding-left:1.25rem;border-left:2px solid #e2e8f0}
@media print{body{margin:0}a{color:inherit}}`;

/** A note reference after the last mark of each claim, in one pass over the body (claims do not nest). */
function withNoteReferences(body: string, numberOf: Map<string, number>): string {
  const lastEnd = new Map<string, number>();
  for (const m of body.matchAll(/<mark\b[^>]*\bdata-claim-id="([^"]+)"[^>]*>[\s\S]*?<\/mark>/g)) {
    lastEnd.set(m[1]!, m.index + m[0].length);
  }
  const inserts = [...lastEnd]
    .filter(([id]) => numberOf.has(id))
    .map(([id, at]) => ({ at, n: numberOf.get(id)! }))
    .sort((a, b) => a.at - b.at);
  let out = "";
  let cursor = 0;
  for (const { at, n } of inserts) {
    out += `${body.slice(cursor, at)}<sup id="ref-${n}"><a href="#note-${n}">${n}</a></sup>`;
    cursor = at;
  }
  return out + body.slice(cursor);
}

/**
 * A claim's note: the summary, the claim's sentence, each critique section with its paragraphs, and the discussion
 * as nested lists.
 */
function noteHtml(claim: AnnotatedClaim): string {
  const sections = critiqueSections(claim)
    .map((s) => `<section class="${s.kind}"><h3>${escapeHtml(s.title)}</h3>${paragraphsHtml(s.paragraphs)}</section>`)
    .join("");
  let discussion = "";
  if (claim.comments.length) {
    let depth = -1;
    for (const c of claim.comments) {
      if (c.depth > depth) discussion += "<ul>".repeat(c.depth - depth);
      else discussion += `</li>${"</ul></li>".repeat(depth - c.depth)}`;
      depth = c.depth;
      discussion += `<li id="comment-${escapeHtml(c.id)}"><p><strong>${escapeHtml(c.author)}</strong> <time datetime="${c.createdAt}">${isoDate(c.createdAt)}</time></p>${paragraphsHtml(c.paragraphs)}`;
    }
    discussion = `<section class="discussion"><h3>Discussion</h3>${discussion}</li>${"</ul></li>".repeat(depth)}</ul></section>`;
  }
  return `<p class="summary"><strong>${escapeHtml(critiqueSummary(claim))}</strong></p><p class="claim"><i>${escapeHtml(claim.text)}</i></p>${sections}${discussion}`;
}

/** A standalone annotated HTML document: inline CSS, no scripts, critiques numbered as notes. */
export function toHtml(doc: AnnotatedDocument): ExportFile {
  const noted = doc.claims.filter(hasCritique);
  let body = renderDocumentBody(
    applyClaimMarks(
      doc.revision.body,
      doc.claims.map((c) => ({ id: c.id, start: c.start, end: c.end, tier: c.tier, certainty: shownCertainty(c) })),
    ),
  );
  body = withNoteReferences(body, new Map(noted.map((c) => [c.id, c.number])));
  const notes = noted
    .map(
      (claim) =>
        `<li id="note-${claim.number}" value="${claim.number}">${noteHtml(claim)} <a href="#ref-${claim.number}" aria-label="Back to claim ${claim.number}">↩</a></li>`,
    )
    .join("\n");
  const source = safeUrl(doc.sourceUrl);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(doc.title)}</title><style>${STYLE}</style></head>
<body><article><h1>${escapeHtml(doc.title)}</h1>
<p><small>Annotated by Claimwise, revision ${doc.revision.number}, exported ${isoDate(doc.exportedAt)}.${source ? ` Source: <a href="${escapeHtml(source)}">${escapeHtml(source)}</a>.` : ""}</small></p>
${body}
<section class="critiques"><h2>Critiques</h2><ol>
${notes}
</ol></section></article></body></html>
`;
  return { body: html, contentType: "text/html; charset=utf-8", extension: "html" };
}
