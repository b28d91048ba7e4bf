import { identifierReference } from "@/lib/citations/identifier-reference";
import { TIER_LABELS } from "@/lib/claims/tiers";
import { textBlocks } from "@/lib/rich-text/text-blocks";
import type { AnnotatedClaim, AnnotatedDocument } from "../annotated-document";
import { critiqueSections, critiqueSummary, hasCritique, isoDate } from "../critique-text";
import type { ExportContext, ExportFile } from "../export-file";
import type { RichParagraph } from "../rich-paragraphs";
import { safeUrl } from "../safe-url";

// XML 1.0 has no place for most control characters or lone surrogates: they are dropped.
const xml = (s: string) =>
  s
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

const inline = (runs: RichParagraph) =>
  runs
    .map((r) => {
      const href = safeUrl(r.href);
      return href ? `<ext-link ext-link-type="uri" xlink:href="${xml(href)}">${xml(r.text)}</ext-link>` : xml(r.text);
    })
    .join("");

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
  const notedIds = new Set(noted.map((c) => c.id));
  const refs: { id: string; citation: AnnotatedClaim["citations"][number] }[] = [];
  const refOf = new Map<string, number>();
  for (const claim of noted)
    for (const c of claim.citations) {
      refs.push({ id: c.id, citation: c });
      refOf.set(c.id, refs.length);
    }

  const body: string[] = [];
  let sectionOpen = false;
  let listOpen = false;
  for (const b of textBlocks(doc.revision.body)) {
    if (listOpen && !b.inList) {
      body.push("</list>");
      listOpen = false;
    }
    if (b.node.type === "heading") {
      if (sectionOpen) body.push("</sec>");
      body.push(`<sec><title>${xml(b.text)}</title>`);
      sectionOpen = true;
      continue;
    }
    const end = b.start + b.text.length;
    let text = "";
    let cursor = b.start;
    for (const claim of noted
      .filter((c) => notedIds.has(c.id) && c.start >= b.start && c.end <= end)
      .sort((x, y) => x.start - y.start)) {
      text += xml(b.text.slice(cursor - b.start, claim.start - b.start));
      text += `<named-content id="claim-${xml(claim.id)}" content-type="claim"${claim.tier ? ` specific-use="${claim.tier}"` : ""}>${xml(b.text.slice(claim.start - b.start, claim.end - b.start))}</named-content><xref ref-type="fn" rid="fn-${claim.number}">${claim.number}</xref>`;
      cursor = claim.end;
    }
    text += xml(b.text.slice(cursor - b.start));
    if (b.inList) {
      if (!listOpen) body.push('<list list-type="bullet">');
      listOpen = true;
      body.push(`<list-item><p>${text}</p></list-item>`);
    } else body.push(`<p>${text}</p>`);
  }
  if (listOpen) body.push("</list>");
  if (sectionOpen) body.push("</sec>");

  const published = doc.status === "PUBLISHED" && doc.publishedAt;
  const pubDate = published
    ? `<pub-date publication-format="electronic" date-type="pub"><day>${doc.publishedAt!.getUTCDate()}</day><month>${doc.publishedAt!.getUTCMonth() + 1}</month><year>${doc.publishedAt!.getUTCFullYear()}</year></pub-date>`
    : "";
  const source = safeUrl(doc.sourceUrl);
  const refList = refs.length
    ? `<ref-list><title>References</title>${refs
        .map(({ citation: c }, i) => {
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
