import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { saveDecision } from "@/lib/decisions/decisions";
import { listDocuments } from "@/lib/documents/list-documents";
import { assignReviewer, unassignReviewer } from "@/lib/editorial/assignments";
import { getDashboard } from "@/lib/editorial/dashboard";
import { publishDocument, setDocumentStatus } from "@/lib/editorial/publishing";
import { getClaimCritique } from "@/lib/reading/claim-critique";
import { getReadingView } from "@/lib/reading/reading-view";
import { saveReview, submitReview } from "@/lib/reviews/reviews";
import { search } from "@/lib/search/search";
import { makeActor, makeDocument, richText } from "./support";

let editor: Actor;
let alice: Actor;
let bob: Actor;
let reader: Actor;
let documentId: string;
let slug: string;
let claims: string[];

const version = async () => (await db.document.findUniqueOrThrow({ where: { id: documentId } })).version;

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  alice = await makeActor("REVIEWER", "alice");
  bob = await makeActor("REVIEWER", "bob");
  reader = await makeActor("READER");
  const doc = await makeDocument(
    editor,
    "Mice ran further after the drug. The drug could cure depression. Patients treated felt better.",
  );
  documentId = doc.id;
  slug = doc.slug;
  claims = (await db.claim.findMany({ where: { documentId }, orderBy: { position: "asc" } })).map((c) => c.id);
});
afterAll(() => db.$disconnect());

describe("assignments", () => {
  it("lets an assigned reviewer see the draft, and only editors assign", async () => {
    const visible = async (actor: Actor) => (await listDocuments(actor)).some((d) => d.id === documentId);
    expect(await visible(alice)).toBe(false);
    await assignReviewer(editor, { documentId, reviewerId: alice!.id });
    expect(await visible(alice)).toBe(true);
    await expect(assignReviewer(alice, { documentId, reviewerId: bob!.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(assignReviewer(editor, { documentId, reviewerId: reader!.id })).rejects.toThrow(
      /Only active reviewers/,
    );
    await assignReviewer(editor, { documentId, reviewerId: bob!.id });
    await unassignReviewer(editor, { documentId, reviewerId: bob!.id });
    expect(await visible(bob)).toBe(false);
  });
});

describe("dashboard", () => {
  it("shows each assigned reviewer's progress and the agreement", async () => {
    await assignReviewer(editor, { documentId, reviewerId: bob!.id });
    await setDocumentStatus(editor, { documentId, version: await version(), status: "IN_REVIEW" });
    for (const [reviewer, certainty] of [
      [alice, "LOW"],
      [bob, "HIGH"],
    ] as const) {
      const review = await saveReview(reviewer, {
        claimId: claims[0],
        version: 0,
        certainty,
        tierOpinion: "PRECLINICAL",
      });
      await submitReview(reviewer, { claimId: claims[0], version: review.version });
    }
    const dashboard = await getDashboard(editor);
    const row = dashboard.documents.find((d) => d.id === documentId)!;
    expect(row).toMatchObject({ status: "IN_REVIEW", claims: 3, decided: 0, contested: 1 });
    expect(row.reviewers.map((r) => r.submitted)).toEqual([1, 1]);
    await expect(getDashboard(alice)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("decisions and publishing", () => {
  it("refuses to publish with undecided claims unless a reason is given, and readers then see the decisions", async () => {
    const first = await saveDecision(editor, {
      claimId: claims[0],
      version: 0,
      tier: "PRECLINICAL",
      certainty: "LOW",
      note: richText("Mice only."),
    });
    await expect(
      saveDecision(editor, { claimId: claims[0], version: 0, tier: null, certainty: null }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      saveDecision(editor, { claimId: claims[0], version: first.version + 1, tier: null, certainty: null }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      saveDecision(alice, { claimId: claims[1], version: 0, tier: null, certainty: null }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    await expect(publishDocument(editor, { documentId, version: await version() })).rejects.toThrow(
      /2 claims have no decision yet/,
    );
    await expect(publishDocument(editor, { documentId, version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(getReadingView(null, slug)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const published = await publishDocument(editor, {
      documentId,
      version: await version(),
      overrideReason: "Urgent correction for a course.",
    });
    expect(published).toEqual({ status: "PUBLISHED", undecided: 2 });
    const audit = await db.auditEvent.findFirst({ where: { entityId: documentId, action: "documents.publish" } });
    expect(audit?.after).toMatchObject({ overrideReason: "Urgent correction for a course.", undecided: 2 });

    const view = await getReadingView(null, slug);
    expect(view.critiques[0]).toMatchObject({ tier: "PRECLINICAL", certainty: "LOW", decided: true });
    expect(await getClaimCritique(null, view.critiques[0]!.id)).toMatchObject({
      decision: { noteHtml: "<p>Mice only.</p>" },
    });
  });

  it("keeps a published document readable during a new review round, and unpublishes it only when taken back to draft", async () => {
    const readable = async (actor: Actor) => {
      const [first] = (await getReadingView(actor, slug)).critiques;
      return (await getClaimCritique(actor, first!.id)).decision?.noteHtml;
    };
    await setDocumentStatus(editor, { documentId, version: await version(), status: "IN_REVIEW" });
    expect(await readable(null)).toBe("<p>Mice only.</p>");
    expect(await readable(reader)).toBe("<p>Mice only.</p>");
    expect((await listDocuments(null)).find((d) => d.id === documentId)?.status).toBe("IN_REVIEW");
    expect((await search(null, { q: "mice" })).some((hit) => hit.slug === slug)).toBe(true);

    await setDocumentStatus(editor, { documentId, version: await version(), status: "DRAFT" });
    await expect(getReadingView(null, slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getReadingView(reader, slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A round started later on the unpublished draft does not publish it again.
    await setDocumentStatus(editor, { documentId, version: await version(), status: "IN_REVIEW" });
    await expect(getReadingView(reader, slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await search(reader, { q: "mice" })).some((hit) => hit.slug === slug)).toBe(false);
  });
});
