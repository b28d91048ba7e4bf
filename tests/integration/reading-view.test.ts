import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { addCitations } from "@/lib/citations/citations";
import { addComment, deleteComment, listComments } from "@/lib/comments/comments";
import { db } from "@/lib/db/client";
import { getClaimCritique } from "@/lib/reading/claim-critique";
import { getReadingView } from "@/lib/reading/reading-view";
import { saveReview, submitReview } from "@/lib/reviews/reviews";
import { makeActor, makeDocument, makePublishedDocument, richText } from "./support";

let editor: Actor;
let alice: Actor;
let bob: Actor;
let slug: string;
let first: string;
let second: string;

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  alice = await makeActor("REVIEWER", "alice");
  bob = await makeActor("REVIEWER", "bob");
  const doc = await makePublishedDocument(editor, "Mice ran further after the drug. The drug could cure depression.");
  slug = doc.slug;
  // Suggestions only: no person has set or accepted a tier (makeDocument confirms them).
  await db.claim.updateMany({ where: { documentId: doc.id }, data: { tier: null, tierSource: null } });
  [first, second] = (await db.claim.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" } })).map(
    (c) => c.id,
  ) as [string, string];
  const a = await saveReview(alice, {
    claimId: first,
    version: 0,
    certainty: "LOW",
    indirectness: "VERY_SERIOUS",
    tierOpinion: "PRECLINICAL",
    rationale: richText("Only mice were studied."),
  });
  await submitReview(alice, { claimId: first, version: a.version });
  const b = await saveReview(bob, { claimId: first, version: 0, certainty: "MODERATE", tierOpinion: "PRECLINICAL" });
  await submitReview(bob, { claimId: first, version: b.version });
  await saveReview(bob, { claimId: second, version: 0, certainty: "HIGH" });
  await addCitations(alice, {
    source: "identifier",
    claimId: first,
    identifier: "10.1000/xyz123",
    title: "Running mice",
    stance: "SUPPORTS",
    studyDesign: "ANIMAL",
  });
  const comment = await addComment(alice, { claimId: first, body: richText("Only mice.") });
  await addComment(bob, { claimId: first, parentId: comment.id, body: richText("Agreed.") });
  const gone = await addComment(bob, { claimId: first, body: richText("Deleted remark") });
  await deleteComment(bob, { commentId: gone.id, version: gone.version });
  await db.decision.create({
    data: {
      claimId: second,
      editorId: editor!.id,
      tier: "SPECULATIVE",
      certainty: "VERY_LOW",
      note: richText("Pure hope."),
    },
  });
});
afterAll(() => db.$disconnect());

describe("the reading view", () => {
  it("never shows a reviewer's grade or the classifier's guess as decided, nor disagreement before a decision", async () => {
    const view = await getReadingView(null, slug);
    const [a, b] = view.critiques;
    expect(a).toMatchObject({
      number: 1,
      tier: null,
      suggestedTier: "PRECLINICAL",
      certainty: null,
      decided: false,
      reviewsPublished: false,
      contested: false,
      citationCount: 1,
      comments: 2,
    });
    expect(b).toMatchObject({ tier: "SPECULATIVE", certainty: "VERY_LOW", decided: true, reviewsPublished: true });
  });

  it("loads a critique on demand: decision first, reviewers' work only with a published decision", async () => {
    const undecided = await getClaimCritique(null, first);
    expect(undecided).toMatchObject({ decision: null, reviews: [], grades: null, comments: 2 });
    expect(undecided.citations).toMatchObject([
      { stance: "SUPPORTS", studyDesign: "ANIMAL", reference: expect.stringContaining("Running mice") },
    ]);
    expect(undecided.citations[0]!.link).toBe("https://doi.org/10.1000/xyz123");

    const decided = await getClaimCritique(null, second);
    expect(decided.decision).toMatchObject({
      tier: "SPECULATIVE",
      certainty: "VERY_LOW",
      noteHtml: "<p>Pure hope.</p>",
    });
    // Bob's draft on this claim is never shown.
    expect(decided.reviews).toEqual([]);

    await db.decision.create({ data: { claimId: first, editorId: editor!.id, tier: "PRECLINICAL", certainty: "LOW" } });
    const published = await getClaimCritique(null, first);
    expect(published).toMatchObject({ certainty: "LOW", reviewsPublished: true, contested: true });
    expect(published.grades).toMatchObject({ reviews: 2, certainties: { LOW: 1, MODERATE: 1 } });
    const alicesReview = published.reviews.find((r) => r.rationaleHtml);
    expect(alicesReview).toMatchObject({
      certainty: "LOW",
      rationaleHtml: "<p>Only mice were studied.</p>",
      downgrades: [{ mark: "a", domain: "indirectness", concern: "VERY_SERIOUS" }],
    });
    await db.decision.delete({ where: { claimId: first } });
  });

  it("keeps reviewers' work private while the document is unpublished, even with a decision", async () => {
    const draft = await makeDocument(editor, "Rats slept better on the drug.");
    const [claim] = await db.claim.findMany({ where: { documentId: draft.id } });
    const r = await saveReview(editor, { claimId: claim!.id, version: 0, certainty: "HIGH" });
    await submitReview(editor, { claimId: claim!.id, version: r.version });
    await db.decision.create({ data: { claimId: claim!.id, editorId: editor!.id, certainty: "LOW" } });
    const critique = await getClaimCritique(editor, claim!.id);
    expect(critique).toMatchObject({ certainty: "LOW", decided: true, reviewsPublished: false, reviews: [] });
    await expect(getClaimCritique(null, claim!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("counts the discussion without deleted comments (readers load it on opening)", async () => {
    const threads = await listComments(null, first);
    expect(
      threads
        .flatMap((t) => [t, ...t.replies])
        .filter((c) => !c.deleted)
        .map((c) => c.html),
    ).toEqual(["<p>Only mice.</p>", "<p>Agreed.</p>"]);
  });

  it("marks every claim in the body with its one-line summary, and anchors deep links on its first mark", async () => {
    const view = await getReadingView(null, slug);
    expect(view.bodyHtml).toContain(
      `<mark class="claim" data-claim-id="${first}" data-suggested-tier="PRECLINICAL" data-citations="1" data-comments="2" role="button" id="claim-${first}">`,
    );
    expect(view.bodyHtml).toContain(
      `<mark class="claim" data-claim-id="${second}" data-tier="SPECULATIVE" data-certainty="VERY_LOW" data-decided="true" role="button" id="claim-${second}">`,
    );
  });

  it("shows readers no tier where the model is unsure of its suggestion, in the critique and the article's marks", async () => {
    const { suggestionConfidence } = await db.claim.findUniqueOrThrow({ where: { id: first } });
    await db.claim.update({ where: { id: first }, data: { suggestionConfidence: 0.3 } });
    try {
      const view = await getReadingView(null, slug);
      expect(view.critiques[0]).toMatchObject({ tier: null, suggestedTier: null });
      expect(view.bodyHtml).toContain(
        `<mark class="claim" data-claim-id="${first}" data-citations="1" data-comments="2" role="button" id="claim-${first}">`,
      );
    } finally {
      await db.claim.update({ where: { id: first }, data: { suggestionConfidence } });
    }
  });
});
