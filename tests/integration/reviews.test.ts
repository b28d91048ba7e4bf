import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { listReviews, reopenReview, saveReview, submitReview } from "@/lib/reviews/reviews";
import { makeActor, makeDocument, makePublishedDocument, richText } from "./support";

let editor: Actor;
let alice: Actor;
let bob: Actor;
let reader: Actor;
let claimId: string;
let draftClaimId: string;

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  alice = await makeActor("REVIEWER", "alice");
  bob = await makeActor("REVIEWER", "bob");
  reader = await makeActor("READER");
  const published = await makePublishedDocument(
    editor,
    "Mice recovered faster with the drug. Patients may benefit too.",
  );
  claimId = (await db.claim.findFirstOrThrow({ where: { documentId: published.id }, orderBy: { position: "asc" } })).id;
  const draft = await makeDocument(editor, "A draft document claims that rats improved.");
  draftClaimId = (await db.claim.findFirstOrThrow({ where: { documentId: draft.id } })).id;
});
afterAll(() => db.$disconnect());

describe("reviews", () => {
  it("saves a draft GRADE assessment with rationale, then updates it by version", async () => {
    const created = await saveReview(alice, {
      claimId,
      version: 0,
      certainty: "LOW",
      riskOfBias: "SERIOUS",
      indirectness: "VERY_SERIOUS",
      largeEffect: true,
      tierOpinion: "PRECLINICAL",
      rationale: richText("Only one mouse study."),
    });
    expect(created).toMatchObject({
      status: "DRAFT",
      version: 1,
      certainty: "LOW",
      riskOfBias: "SERIOUS",
      largeEffect: true,
    });
    expect(created.rationaleHtml).toBe("<p>Only one mouse study.</p>");
    const updated = await saveReview(alice, { claimId, version: 1, certainty: "VERY_LOW" });
    expect(updated).toMatchObject({ version: 2, certainty: "VERY_LOW", riskOfBias: "SERIOUS" });
    const events = await db.auditEvent.count({ where: { entityId: created.id, action: "reviews.write" } });
    expect(events).toBe(2);
  });

  it("lets exactly one of twenty concurrent saves of one version win; the rest get the current state", async () => {
    const current = (await listReviews(alice, claimId)).find((r) => r.reviewer.id === alice!.id)!;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        saveReview(alice, { claimId, version: current.version, imprecision: i % 2 ? "SERIOUS" : "NOT_SERIOUS" }),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({
        code: "CONFLICT",
        details: { current: { version: current.version + 1 } },
      });
    }
  });

  it("turns two racing first reviews by one reviewer into a conflict, never a 500", async () => {
    const results = await Promise.allSettled(
      [0, 1, 2].map(() => saveReview(bob, { claimId, version: 0, certainty: "MODERATE" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    }
  });

  it("submits only with a certainty, locks a submitted review, and reopens it", async () => {
    const mine = (await listReviews(alice, claimId)).find((r) => r.reviewer.id === alice!.id)!;
    const submitted = await submitReview(alice, { claimId, version: mine.version });
    expect(submitted).toMatchObject({ status: "SUBMITTED", version: mine.version + 1 });
    await expect(saveReview(alice, { claimId, version: submitted.version, certainty: "HIGH" })).rejects.toThrow(
      /Reopen it/,
    );
    const reopened = await reopenReview(alice, { claimId, version: submitted.version });
    expect(reopened.status).toBe("DRAFT");
    await saveReview(alice, { claimId, version: reopened.version, certainty: null });
    await expect(submitReview(alice, { claimId, version: reopened.version + 1 })).rejects.toThrow(/Choose a certainty/);
  });

  it("shows drafts only to their author, submitted reviews to everyone who can read the document", async () => {
    const bobs = (await listReviews(bob, claimId)).find((r) => r.reviewer.id === bob!.id)!;
    await submitReview(bob, { claimId, version: bobs.version });
    const seenBy = async (actor: Actor) =>
      (await listReviews(actor, claimId)).map((r) => `${r.reviewer.name}:${r.status}`).sort();
    expect(await seenBy(reader)).toEqual([expect.stringMatching(/^bob .*:SUBMITTED$/)]);
    expect(await seenBy(null)).toEqual(await seenBy(reader));
    expect(await seenBy(alice)).toHaveLength(2);
    expect(await seenBy(editor)).toEqual(await seenBy(reader));
  });

  it("refuses readers and anonymous writers, and claims in documents the reviewer cannot see", async () => {
    await expect(saveReview(reader, { claimId, version: 0, certainty: "LOW" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(saveReview(null, { claimId, version: 0 })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(saveReview(alice, { claimId: draftClaimId, version: 0, certainty: "LOW" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      saveReview(alice, {
        claimId,
        version: 1,
        rationale: { type: "doc", content: [{ type: "image", attrs: { src: "x" } }] },
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
  });
});
