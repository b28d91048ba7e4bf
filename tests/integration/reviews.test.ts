import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { ACQUIRE_TIMEOUT_MS, POOL_SIZE } from "@/lib/db/pool";
import { BUSY_RETRY_SECONDS } from "@/lib/db/transaction";
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

/** Keeps every connection of this process's pool busy for `seconds` (queries start now, not when awaited). */
const holdEveryConnection = (seconds: number) =>
  Promise.all(Array.from({ length: POOL_SIZE }, () => db.$queryRaw`SELECT pg_sleep(${seconds})::text`.then(() => {})));

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

  it("answers a save at a stale version with the row as stored, rationale and reviewer included, and audits nothing", async () => {
    const current = (await listReviews(alice, claimId)).find((r) => r.reviewer.id === alice!.id)!;
    const audited = () => db.auditEvent.count({ where: { entityId: current.id, action: "reviews.write" } });
    const before = await audited();
    const outcome = await saveReview(alice, { claimId, version: current.version - 1, certainty: "HIGH" }).catch(
      (error: unknown) => error,
    );
    expect(outcome).toMatchObject({
      code: "CONFLICT",
      details: {
        current: {
          id: current.id,
          version: current.version,
          certainty: current.certainty,
          rationale: current.rationale,
          rationaleHtml: current.rationaleHtml,
          reviewer: { id: alice!.id, name: current.reviewer.name },
        },
      },
    });
    expect(await audited()).toBe(before);
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

  it("keeps exactly one winner among twenty saves that queue for a pool whose every connection is busy for 3 s", async () => {
    // Longer than Prisma's default 2 s wait for a transaction slot (which failed these saves with P2028), shorter than
    // the pool's acquire timeout (DATABASE_ACQUIRE_TIMEOUT_MS, 5 s): the saves must wait for the pool and then race.
    const current = (await listReviews(alice, claimId)).find((r) => r.reviewer.id === alice!.id)!;
    const held = holdEveryConnection(3);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        saveReview(alice, { claimId, version: current.version, inconsistency: i % 2 ? "SERIOUS" : "NOT_SERIOUS" }),
      ),
    );
    await held;
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    }
  });

  it("answers UNAVAILABLE with a retry delay, not an internal error, when no connection frees up in time", async () => {
    const mine = (await listReviews(alice, claimId)).find((r) => r.reviewer.id === alice!.id)!;
    const held = holdEveryConnection(ACQUIRE_TIMEOUT_MS / 1000 + 2);
    const outcome = await submitReview(alice, { claimId, version: mine.version }).catch((error: unknown) => error);
    await held;
    expect(outcome).toMatchObject({ code: "UNAVAILABLE", details: { retryAfterSeconds: BUSY_RETRY_SECONDS } });
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
