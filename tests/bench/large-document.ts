// The benchmark's large document: `claims` assertions with every one reviewed by each of `reviewers` reviewers,
// `commentsPerClaim` comments in two threads, a citation, and an editor's decision on every other claim. Built with
// bulk inserts (the domain functions would audit each row and take minutes); the import itself goes through
// createDocument so the claims are real segmentation output.

import { formattedReferences } from "@/lib/citations/formatted-references";
import { db } from "@/lib/db/client";
import { createDocument } from "@/lib/documents/create-document";
import { publishDocument } from "@/lib/editorial/publishing";
import type { Certainty, Concern, Stance, StudyDesign } from "@/lib/generated/prisma/enums";
import { richText } from "../support/rich-text";

const CERTAINTIES: Certainty[] = ["HIGH", "MODERATE", "LOW", "VERY_LOW"];
const CONCERNS: Concern[] = ["NOT_SERIOUS", "SERIOUS", "VERY_SERIOUS"];
const STANCES: Stance[] = ["SUPPORTS", "CONTRADICTS", "MENTIONS"];
const DESIGNS: StudyDesign[] = ["RCT", "COHORT", "ANIMAL", "IN_VITRO", "REVIEW"];
const SUBJECTS = [
  "Mesenchymal stem cells",
  "Neural progenitor grafts",
  "Intranasal stem cell secretome",
  "BDNF signalling",
];
const EFFECTS = [
  "raised hippocampal neurogenesis",
  "reduced depressive behaviour",
  "restored synaptic density",
  "lowered cortisol",
];

function article(sentences: number): string {
  const lines = ["# A large review of stem cell therapies for depression", ""];
  for (let i = 0; i < sentences; i++) {
    if (i % 20 === 0) lines.push("", `## Section ${i / 20 + 1}`, "");
    const subject = SUBJECTS[i % SUBJECTS.length];
    const effect = EFFECTS[Math.floor(i / SUBJECTS.length) % EFFECTS.length];
    lines.push(`${subject} ${effect} by ${(i % 37) + 5} percent in study number ${i + 1} of this series.`);
  }
  return lines.join("\n");
}

export interface LargeDocument {
  id: string;
  slug: string;
  claims: number;
  comments: number;
  reviewers: number;
}

export async function buildLargeDocument(size: {
  claims: number;
  commentsPerClaim: number;
  reviewers: number;
}): Promise<LargeDocument> {
  const imported = await createDocument("system", { format: "md", content: article(size.claims) });
  await publishDocument("system", { documentId: imported.id, version: 1, overrideReason: "The benchmark's document." });
  const claims = await db.claim.findMany({
    where: { documentId: imported.id },
    select: { id: true },
    orderBy: { position: "asc" },
  });
  const editor = await db.user.create({
    data: { email: "bench-editor@example.org", name: "Bench Editor", role: "EDITOR" },
  });
  const reviewers = await Promise.all(
    Array.from({ length: size.reviewers }, (_, r) =>
      db.user.create({
        data: { email: `bench-reviewer-${r}@example.org`, name: `Bench Reviewer ${r}`, role: "REVIEWER" },
      }),
    ),
  );
  await db.assignment.createMany({ data: reviewers.map((r) => ({ documentId: imported.id, reviewerId: r.id })) });
  await db.review.createMany({
    data: claims.flatMap((claim, c) =>
      reviewers.map((reviewer, r) => ({
        claimId: claim.id,
        reviewerId: reviewer.id,
        certainty: CERTAINTIES[(c + r) % CERTAINTIES.length],
        riskOfBias: CONCERNS[(c * r) % CONCERNS.length],
        imprecision: CONCERNS[(c + 2 * r) % CONCERNS.length],
        rationale: richText(`Reviewer ${r} on claim ${c + 1}: the cited work is small and unblinded.`),
        status: "SUBMITTED" as const,
        submittedAt: new Date(),
      })),
    ),
  });
  const citations = claims.map((claim, c) => ({
    claimId: claim.id,
    addedById: reviewers[c % reviewers.length]!.id,
    csl: {
      id: `ref-${c}`,
      type: "article-journal",
      title: `Stem cell study ${c + 1} in a rodent model of depression`,
      author: [
        { family: "Okafor", given: "A." },
        { family: "Lindqvist", given: "M." },
      ],
      "container-title": "Journal of Affective Disorders",
      issued: { "date-parts": [[2015 + (c % 10)]] },
    },
    stance: STANCES[c % STANCES.length]!,
    studyDesign: DESIGNS[c % DESIGNS.length]!,
  }));
  await db.citation.createMany({ data: citations });
  // As addCitations does after each write: a document whose citations were added through the product has every
  // reference formatted already (lib/citations/formatted-references.ts), which is what its first export finds.
  await formattedReferences(
    citations.map((c) => c.csl),
    "apa",
  );
  const comments = claims.flatMap((claim, c) =>
    Array.from({ length: size.commentsPerClaim }, (_, k) => {
      const thread = k < size.commentsPerClaim / 2 ? 0 : 1;
      const root = thread === 0 ? 0 : Math.ceil(size.commentsPerClaim / 2);
      const text = `Comment ${k + 1} on claim ${c + 1}: is the effect size reported with a confidence interval?`;
      return {
        id: `bench-${c}-${k}`,
        claimId: claim.id,
        authorId: reviewers[k % reviewers.length]!.id,
        parentId: k === root ? null : `bench-${c}-${root}`,
        body: richText(text),
        bodyText: text,
      };
    }),
  );
  // Roots first so replies find their parent.
  for (const batch of [comments.filter((c) => !c.parentId), comments.filter((c) => c.parentId)]) {
    for (let i = 0; i < batch.length; i += 5000) await db.comment.createMany({ data: batch.slice(i, i + 5000) });
  }
  await db.decision.createMany({
    data: claims
      .filter((_, c) => c % 2 === 0)
      .map((claim, c) => ({
        claimId: claim.id,
        editorId: editor.id,
        tier: "PRECLINICAL" as const,
        certainty: CERTAINTIES[c % CERTAINTIES.length],
        note: richText("Animal data only; no human trial yet."),
      })),
  });
  return {
    id: imported.id,
    slug: imported.slug,
    claims: claims.length,
    comments: comments.length,
    reviewers: reviewers.length,
  };
}
