import fs from "node:fs";
import { SEED_ARTICLE } from "@/lib/db/seed-article";
import { plainText } from "@/lib/rich-text/plain-text";
import { textBlocks } from "@/lib/rich-text/text-blocks";
import type { RichTextDoc, RichTextNode } from "@/lib/rich-text/types";
import type { AnnotatedClaim, AnnotatedDocument } from "./annotated-document";

const AT = "2026-01-01T00:00:00.000Z";

const textNode = (type: string, text: string, attrs?: RichTextNode["attrs"]): RichTextNode => ({
  type,
  ...(attrs ? { attrs } : {}),
  content: [{ type: "text", text }],
});

/**
 * A document the export worker renders once when it is started ahead of need (export-worker.ts), never shown to
 * anyone: the first export after a start otherwise also pays for V8 compiling the renderers and for filling the
 * fonts' word and kerning tables. Every part a PDF or Word file draws is in it: headings, paragraphs with critiqued
 * claims, and per claim a decision with a note, a published review with GRADE domains, a source with a link and a
 * thread with a reply. Its text is the seed article's sentences, `copies` times over; names and dates are invented.
 */
export function warmUpDocument(copies: number): AnnotatedDocument {
  const lines = fs
    // Real prose, so that its words and letter pairs are typical of what is exported.
    .readFileSync(SEED_ARTICLE, "utf8")
    .split("\n")
    .map((line) => line.replace(/^\s*•\s*/, "").trim())
    .filter((line) => line.length > 40);
  const content = Array.from({ length: copies }, (_, copy) => [
    textNode("heading", `Part ${copy + 1}`, { level: 2 }),
    ...lines.map((line) => textNode("paragraph", line)),
  ]).flat();
  const body: RichTextDoc = { type: "doc", content };
  // Each paragraph's first sentence is a claim.
  const claims = textBlocks(body)
    .filter((block) => block.node.type === "paragraph")
    .map((block, i) => {
      const length = block.text.indexOf(". ") + 1 || block.text.length;
      return warmUpClaim(i + 1, block.start, length, block.section ?? "", block.text);
    });
  return {
    id: "warm-up",
    slug: "warm-up",
    title: "Warm-up document",
    status: "PUBLISHED",
    visibility: "PUBLIC",
    sourceUrl: "https://example.org/warm-up",
    publishedAt: AT,
    archivedAt: null,
    updatedAt: AT,
    exportedAt: AT,
    revision: { number: 1, body, plainText: plainText(body) },
    claims,
  };
}

/** The claim of a paragraph's first `length` characters, the paragraph starting at `start` in the plain text. */
function warmUpClaim(number: number, start: number, length: number, section: string, line: string): AnnotatedClaim {
  const words = line.split(" ");
  const end = start + length;
  const note = `A note on claim ${number}: ${words.slice(0, 12).join(" ")}.`;
  return {
    id: `warm-up-${number}`,
    number,
    text: line.slice(0, length),
    prefix: "",
    suffix: "",
    start,
    end,
    codePoints: { start, end },
    section,
    tier: "PRECLINICAL",
    suggestedTier: null,
    decision: {
      tier: "PRECLINICAL",
      certainty: "LOW",
      note,
      noteParagraphs: [[{ text: note }]],
      editor: "Warm-up Editor",
      decidedAt: AT,
      published: true,
    },
    grades: null,
    reviews: [
      {
        reviewer: "Warm-up Reviewer",
        certainty: "LOW",
        tierOpinion: null,
        domains: [
          { domain: "riskOfBias", concern: "SERIOUS" },
          { domain: "inconsistency", concern: null },
          { domain: "indirectness", concern: "NOT_SERIOUS" },
          { domain: "imprecision", concern: "VERY_SERIOUS" },
          { domain: "publicationBias", concern: null },
        ],
        upgrades: [],
        submittedAt: AT,
        rationale: [[{ text: line }]],
      },
    ],
    citations: [
      {
        id: `warm-up-source-${number}`,
        csl: { id: `warm-up-${number}`, type: "article-journal", title: words.slice(0, 8).join(" ") },
        stance: "SUPPORTS",
        studyDesign: "ANIMAL",
        identifierType: "DOI",
        identifier: `10.0000/warm-up.${number}`,
        note: null,
        apa: `Warm-up, A. (2026). ${words.slice(0, 8).join(" ")}. https://doi.org/10.0000/warm-up.${number}`,
      },
    ],
    comments: [
      {
        id: `warm-up-comment-${number}`,
        parentId: null,
        author: "Warm-up Reviewer",
        paragraphs: [[{ text: words.slice(4).join(" ") }]],
        createdAt: AT,
        depth: 0,
      },
      {
        id: `warm-up-reply-${number}`,
        parentId: `warm-up-comment-${number}`,
        author: "Warm-up Editor",
        paragraphs: [[{ text: `A reply: ${words.slice(0, 10).join(" ")}`, href: "https://example.org/warm-up" }]],
        createdAt: AT,
        depth: 1,
      },
    ],
  };
}
