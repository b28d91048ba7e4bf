import { identifierReference } from "@/lib/citations/identifier-reference";
import { TIER_LABELS } from "@/lib/claims/tiers";
import { type TextBlock, textBlocks } from "@/lib/rich-text/text-blocks";
import type { AnnotatedClaim, AnnotatedDocument } from "../annotated-document";
import { critiqueSections, critiqueSummary, hasCritique, isoDate } from "../critique-text";
import type { ExportContext, ExportFile } from "../export-file";
import type { RichParagraph } from "../rich-paragraphs";
import { safeUrl } from "../safe-url";
import { workKey } from "../work-key";
import { xmlText as xml } from "../xml-text";

const inline = (runs: RichParagraph) =>
  runs
    .map((r) => {
      const href = safeUrl(r.href);
      return href ? `<ext-link ext-link-type="uri" xlink:href="${xml(href)}">${xml(r.text)}</ext-link>` : xml(r.text);
    })
    .join("");

const CELL_SEPARATOR = " | ";

/**
 * The rows under a table's header: the paragraphs right after a heading of two or more " | "-separated cells that
 * have as many cells (an imported table, lib/documents/parse-html.ts); none when the heading heads no table.
 */
function tableRowsAfter(blocks: TextBlock[], headerIndex: number): TextBlock[] {
  const columns = blocks[headerIndex]!.text.split(CELL_SEPARATOR).length;
  if (columns < 2) return [];
  const rows: TextBlock[] = [];
  for (const b of blocks.slice(headerIndex + 1)) {
    if (b.node.type !== "paragraph" || b.inList || b.text.split(CELL_SEPARATOR).length !== columns) break;
    rows.push(b);
  }
  return rows;
}

const PUB_ID: Record<string, string> = { DOI: "doi", PMID: "pmid", PMCID: "pmcid", ARXIV: "arxiv", ISBN: "isbn" };

/** A claim's critique as a footnote: the summary, each section and the discussion, citing the reference list. */
function footnote(claim: AnnotatedClaim, refOf: Map<string, number>): string {
  const parts = [`<p><bold>${xml(critiqueSummary(claim))}</bold></p>`];
  for (const section of critiqueSections(claim)) {
    parts.push(`<p><italic>${xml(section.title)}</italic></p>`);
    if (section.kind === "sources")
      for (const c of claim.citations)
        parts.push(
          `<p>${xml(c.stance.toLowerCase())}: <xref ref-type="bibr" rid="ref-${refOf.get(c.id)}">${xml(c.apa)}</xref></p>`,
        );
    else for (const p of section.paragraphs) parts.push(`<p>${inline(p)}</p>`);
  }
  if (claim.comments.length) {
    parts.push("<p><italic>Discussion</italic></p>");
    for (const c of claim.comments) {
      const [first = [], ...more] = c.paragraphs;
      const lead = `${"↳ ".repeat(c.depth)}${c.author} (${isoDate(c.createdAt)}): `;
      parts.push(`<p>${xml(lead)}${inline(first)}</p>`, ...more.map((p) => `<p>${inline(p)}</p>`));
    }
  }
  return `<fn id="fn-${claim.number}"><label>${claim.number}</label>${parts.join("")}</fn>`;
}

/**
 * JATS XML (Journal Article Tag Suite 1.3, the archiving tag set Kotahi, PubPub and PubMed Central exchange): the
 * article body in sections, each critiqued claim a `named-content` (content-type "claim", its tier in
 * `specific-use`) with a footnote reference, the critiques as footnotes and the cited works as a reference list.
 */
export function toJats(doc: AnnotatedDocument, { baseUrl }: ExportContext): ExportFile {
  const noted = doc.claims.filter(hasCritique);
  // One reference per work, however many claims cite it.
  const refs: AnnotatedClaim["citations"][number][] = [];
  const refOf = new Map<string, number>();
  const refOfWork = new Map<string, number>();
  for (const claim of noted)
    for (const c of claim.citations) {
      const work = workKey(c);
      let ref = refOfWork.get(work);
      if (ref === undefined) {
        refs.push(c);
        ref = refs.length;
        refOfWork.set(work, ref);
      }
      refOf.set(c.id, ref);
    }

  const claimsIn = (start: number, end: number) =>
    noted.filter((c) => c.start >= start && c.end <= end).sort((x, y) => x.start - y.start);
  /**
   * The text of `[start, end)` with the claims in it as `named-content`. A claim may cross the span's ends (a table
   * row's claim spans its cells): each cell then holds its piece, the first one carrying the id and the last the
   * footnote reference.
   */
  const marked = (blockText: string, blockStart: number, start: number, end: number, claims: AnnotatedClaim[]) => {
    let text = "";
    let cursor = start;
    for (const claim of claims) {
      const from = Math.max(claim.start, start);
      const to = Math.min(claim.end, end);
      if (from >= to) continue;
      text += xml(blockText.slice(cursor - blockStart, from - blockStart));
      const id = claim.start >= start ? ` id="claim-${xml(claim.id)}"` : "";
      text += `<named-content${id} content-type="claim"${claim.tier ? ` specific-use="${claim.tier}"` : ""}>${xml(blockText.slice(from - blockStart, to - blockStart))}</named-content>`;
      if (claim.end <= end) text += `<xref ref-type="fn" rid="fn-${claim.number}">${claim.number}</xref>`;
      cursor = to;
    }
    return text + xml(blockText.slice(cursor - blockStart, end - blockStart));
  };
  /** A table row's cells (the import joins them with " | ", lib/documents/parse-html.ts) as [start, end) offsets. */
  const cellsOf = (b: TextBlock) => {
    let at = b.start;
    return b.text.split(CELL_SEPARATOR).map((cell) => {
      const span = { start: at, end: at + cell.length };
      at = span.end + CELL_SEPARATOR.length;
      return span;
    });
  };

  const body: string[] = [];
  // The levels of the sections open, outermost first: a heading closes those at its level or deeper.
  const open: number[] = [];
  let listOpen = false;
  const blocks = textBlocks(doc.revision.body);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (listOpen && !b.inList) {
      body.push("</list>");
      listOpen = false;
    }
    const rows = b.node.type === "heading" ? tableRowsAfter(blocks, i) : [];
    if (rows.length) {
      // A table's header row (imported as a small heading over its rows) heads a JATS table, not a section.
      const header = cellsOf(b)
        .map((c) => `<th>${xml(b.text.slice(c.start - b.start, c.end - b.start))}</th>`)
        .join("");
      const bodyRows = rows.map((row) => {
        const claims = claimsIn(row.start, row.start + row.text.length);
        return `<tr>${cellsOf(row)
          .map((c) => `<td>${marked(row.text, row.start, c.start, c.end, claims)}</td>`)
          .join("")}</tr>`;
      });
      body.push(
        `<table-wrap><table><thead><tr>${header}</tr></thead><tbody>${bodyRows.join("")}</tbody></table></table-wrap>`,
      );
      i += rows.length;
      continue;
    }
    if (b.node.type === "heading") {
      const level = Number(b.node.attrs?.level ?? 2);
      while (open.length && open.at(-1)! >= level) {
        body.push("</sec>");
        open.pop();
      }
      body.push(`<sec><title>${xml(b.text)}</title>`);
      open.push(level);
      continue;
    }
    const end = b.start + b.text.length;
    const text = marked(b.text, b.start, b.start, end, claimsIn(b.start, end));
    if (b.inList) {
      if (!listOpen) body.push('<list list-type="bullet">');
      listOpen = true;
      body.push(`<list-item><p>${text}</p></list-item>`);
    } else body.push(`<p>${text}</p>`);
  }
  if (listOpen) body.push("</list>");
  body.push("</sec>".repeat(open.length));

  const published = doc.status === "PUBLISHED" && doc.publishedAt ? new Date(doc.publishedAt) : null;
  const pubDate = published
    ? `<pub-date publication-format="electronic" date-type="pub"><day>${published.getUTCDate()}</day><month>${published.getUTCMonth() + 1}</month><year>${published.getUTCFullYear()}</year></pub-date>`
    : "";
  const source = safeUrl(doc.sourceUrl);
  const refList = refs.length
    ? `<ref-list><title>References</title>${refs
        .map((c, i) => {
          const url = safeUrl(c.csl.URL);
          const pubId =
            c.identifier && c.identifierType && PUB_ID[c.identifierType]
              ? ` <pub-id pub-id-type="${PUB_ID[c.identifierType]}">${xml(c.identifier)}</pub-id>`
              : "";
          const link =
            url && !pubId ? ` <ext-link ext-link-type="uri" xlink:href="${xml(url)}">${xml(url)}</ext-link>` : "";
          const text = identifierReference(c.identifierType, c.identifier) === c.apa ? "" : xml(c.apa);
          return `<ref id="ref-${i + 1}"><mixed-citation>${text}${pubId}${link}</mixed-citation></ref>`;
        })
        .join("")}</ref-list>`
    : "";
  const fnGroup = noted.length
    ? `<fn-group><title>Critiques</title>${noted.map((c) => footnote(c, refOf)).join("")}</fn-group>`
    : "";
  const out = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.3 20210610//EN" "https://jats.nlm.nih.gov/archiving/1.3/JATS-archivearticle1-3.dtd">
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article" dtd-version="1.3" xml:lang="en">
<front><article-meta><article-id pub-id-type="publisher-id">${xml(doc.id)}</article-id><title-group><article-title>${xml(doc.title)}</article-title></title-group>${pubDate}<self-uri xlink:href="${xml(`${baseUrl}/documents/${doc.slug}`)}">Annotated by Claimwise, revision ${doc.revision.number}</self-uri>${source ? `<related-article related-article-type="commentary-article" ext-link-type="uri" xlink:href="${xml(source)}"/>` : ""}<custom-meta-group><custom-meta><meta-name>claims</meta-name><meta-value>${doc.claims.length}</meta-value></custom-meta>${(["PRECLINICAL", "EARLY_HUMAN_TRIAL", "SPECULATIVE"] as const).map((t) => `<custom-meta><meta-name>${xml(TIER_LABELS[t])}</meta-name><meta-value>${doc.claims.filter((c) => c.tier === t).length}</meta-value></custom-meta>`).join("")}</custom-meta-group></article-meta></front>
<body>${body.join("\n")}</body>
<back>${fnGroup}${refList}</back>
</article>
`;
  return { body: out, contentType: "application/jats+xml; charset=utf-8", extension: "jats.xml" };
}
