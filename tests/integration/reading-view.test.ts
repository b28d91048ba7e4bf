import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { addCitations } from "@/lib/citations/citations";
import { addComment, deleteComment, listComments } from "@/lib/comments/comments";
import { db } from "@/lib/db/client";
import { getReadingView } from "@/lib/reading/reading-view";
import { saveReview, submitReview } from "@/lib/reviews/reviews";
import { makeActor, makePublishedDocument, richText } from "./support";

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
  [first, second] = (await db.claim.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" } })).map(
    (c) => c.id,
  ) as [string, string];
  const a = await saveReview(alice, {
    claimId: first,
    version: 0,
    certainty: "LOW",
    indirectness: "VERY_SERIOUS",
    tierOpinion: "PRECLINICAL",
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
  it("summarises submitted grades, never drafts, and flags disagreement", async () => {
    const view = await getReadingView(null, slug);
    const [a, b] = view.critiques;
    expect(a).toMatchObject({ number: 1, tier: "PRECLINICAL", certainty: "LOW", contested: true, decision: undefined });
    expect(a!.grades).toMatchObject({
      reviews: 2,
      certainties: { LOW: 1, MODERATE: 1 },
      tierOpinions: { PRECLINICAL: 2 },
    });
    expect(a!.grades.concerns.indirectness).toEqual({ serious: 0, verySerious: 1 });
    expect(b!.grades.reviews).toBe(0);
  });

  it("shows the editor's decision over the suggestion and the reviewers", async () => {
    const [, b] = (await getReadingView(null, slug)).critiques;
    expect(b).toMatchObject({
      tier: "SPECULATIVE",
      certainty: "VERY_LOW",
      decision: { noteHtml: "<p>Pure hope.</p>" },
    });
  });

  it("formats citations and counts the discussion without deleted comments (readers load it on opening)", async () => {
    const [a] = (await getReadingView(null, slug)).critiques;
    expect(a!.citations).toMatchObject([
      { stance: "SUPPORTS", studyDesign: "ANIMAL", reference: expect.stringContaining("Running mice") },
    ]);
    expect(a!.comments).toBe(2);
    const threads = await listComments(null, a!.id);
    expect(
      threads
        .flatMap((t) => [t, ...t.replies])
        .filter((c) => !c.deleted)
        .map((c) => c.html),
    ).toEqual(["<p>Only mice.</p>", "<p>Agreed.</p>"]);
  });

  it("marks every claim in the body with what readers filter on", async () => {
    const view = await getReadingView(null, slug);
    expect(view.bodyHtml).toContain(
      `<mark class="claim" data-claim-id="${first}" data-tier="PRECLINICAL" data-certainty="LOW" data-contested="true">`,
    );
    expect(view.bodyHtml).toContain(
      `<mark class="claim" data-claim-id="${second}" data-tier="SPECULATIVE" data-certainty="VERY_LOW">`,
    );
  });
});
