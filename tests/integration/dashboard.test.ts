import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { saveDecision } from "@/lib/decisions/decisions";
import { assignReviewer } from "@/lib/editorial/assignments";
import { DASHBOARD_PAGE_SIZE, getDashboard, WAITING_SHOWN } from "@/lib/editorial/dashboard";
import { setDocumentStatus } from "@/lib/editorial/publishing";
import { saveReview, submitReview } from "@/lib/reviews/reviews";
import { makeActor, makeDocument } from "./support";

let editor: Actor;
let alice: Actor;
let bob: Actor;
let first: { id: string; claims: string[] };
let second: { id: string; claims: string[] };

async function documentInReview(content: string) {
  const doc = await makeDocument(editor, content);
  for (const reviewer of [alice, bob]) await assignReviewer(editor, { documentId: doc.id, reviewerId: reviewer!.id });
  const { version } = await db.document.findUniqueOrThrow({ where: { id: doc.id } });
  await setDocumentStatus(editor, { documentId: doc.id, version, status: "IN_REVIEW" });
  const claims = await db.claim.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" } });
  return { id: doc.id, claims: claims.map((c) => c.id) };
}

async function grade(reviewer: Actor, claimId: string, certainty: "HIGH" | "LOW", submit = true) {
  const review = await saveReview(reviewer, { claimId, version: 0, certainty, tierOpinion: "PRECLINICAL" });
  if (submit) await submitReview(reviewer, { claimId, version: review.version });
}

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  alice = await makeActor("REVIEWER", "alice");
  bob = await makeActor("REVIEWER", "bob");
  first = await documentInReview(
    "Mice ran further after the drug. The drug could cure depression. Patients treated felt better.",
  );
  second = await documentInReview("Rats slept longer on the compound.");
  await grade(alice, first.claims[0]!, "HIGH");
  await grade(bob, first.claims[0]!, "LOW");
  await grade(alice, first.claims[1]!, "HIGH");
  await grade(bob, first.claims[1]!, "LOW", false);
  await grade(alice, second.claims[0]!, "LOW");
  await saveDecision(editor, { claimId: first.claims[1]!, version: 0, tier: "PRECLINICAL", certainty: "LOW" });
  // A deleted claim is no longer one to grade or decide.
  await db.claim.update({ where: { id: first.claims[2]! }, data: { deletedAt: new Date() } });
});
afterAll(() => db.$disconnect());

describe("editorial dashboard", () => {
  it("counts each document's own live claims, decisions and submitted grades, and agreement where two graded", async () => {
    const { documents } = await getDashboard(editor);
    const row = (id: string) => {
      const d = documents.find((x) => x.id === id)!;
      return {
        claims: d.claims,
        decided: d.decided,
        contested: d.contested,
        submitted: Object.fromEntries(d.reviewers.map((r) => [r.id, r.submitted])),
      };
    };
    // Bob's draft on the second claim is not submitted; alice's grade on the other document stays there.
    expect(row(first.id)).toEqual({ claims: 2, decided: 1, contested: 1, submitted: { [alice!.id]: 2, [bob!.id]: 1 } });
    expect(row(second.id)).toEqual({
      claims: 1,
      decided: 0,
      contested: 0,
      submitted: { [alice!.id]: 1, [bob!.id]: 0 },
    });
  });
});

describe("editorial dashboard, a page at a time", () => {
  // More documents than a page, each with one claim, all newer than any other of the run: WAITING_SHOWN + 1 whose
  // reviewer has submitted the claim's grade (waiting for a decision), and three that are not waiting: one whose
  // grade is a draft, one whose claim is decided, one in review with no reviewer; then DASHBOARD_PAGE_SIZE drafts.
  const waiting: { id: string; claim: string }[] = [];
  const notWaiting: string[] = [];
  const drafts: string[] = [];

  async function inReview(reviewers: Actor[]) {
    const doc = await makeDocument(editor, "Mice ran further after the drug.");
    for (const reviewer of reviewers) await assignReviewer(editor, { documentId: doc.id, reviewerId: reviewer!.id });
    const { version } = await db.document.findUniqueOrThrow({ where: { id: doc.id } });
    await setDocumentStatus(editor, { documentId: doc.id, version, status: "IN_REVIEW" });
    const claim = await db.claim.findFirstOrThrow({ where: { documentId: doc.id }, select: { id: true } });
    return { id: doc.id, claim: claim.id };
  }

  beforeAll(async () => {
    const graded = await inReview([alice]);
    await grade(alice, graded.claim, "LOW", false);
    const decided = await inReview([alice]);
    await grade(alice, decided.claim, "LOW");
    await saveDecision(editor, { claimId: decided.claim, version: 0, tier: "PRECLINICAL", certainty: "LOW" });
    notWaiting.push(graded.id, decided.id, (await inReview([])).id);
    for (let i = 0; i <= WAITING_SHOWN; i++) {
      const doc = await inReview([alice, bob]);
      await grade(alice, doc.claim, "HIGH");
      await grade(bob, doc.claim, "HIGH");
      waiting.push(doc);
    }
    for (let i = 0; i < DASHBOARD_PAGE_SIZE; i++) drafts.push((await makeDocument(editor, "Rats slept longer.")).id);
  }, 120_000);

  it("shows a page of the most recently changed documents, the next page after it, and the total", async () => {
    const total = await db.document.count({ where: { archivedAt: null } });
    const first = await getDashboard(editor);
    expect(first).toMatchObject({ status: null, page: 1, total, pages: Math.ceil(total / DASHBOARD_PAGE_SIZE) });
    expect(first.documents.map((d) => d.id)).toEqual([...drafts].reverse());
    const second = await getDashboard(editor, { page: "2" });
    expect(second.page).toBe(2);
    expect(second.documents.map((d) => d.id)).toEqual(
      waiting
        .slice(-DASHBOARD_PAGE_SIZE)
        .map((d) => d.id)
        .reverse(),
    );
    // Counted for the shown documents: the last one of the page, graded by both.
    expect(second.documents[DASHBOARD_PAGE_SIZE - 1]).toMatchObject({ claims: 1, decided: 0 });
    expect(second.documents[DASHBOARD_PAGE_SIZE - 1]!.reviewers.map((r) => r.submitted)).toEqual([1, 1]);
    // A page past the end shows the last one.
    expect((await getDashboard(editor, { page: 100_000 })).page).toBe(first.pages);
  });

  it("shows one status at a time, with the number of documents of each", async () => {
    const dashboard = await getDashboard(editor, { status: "IN_REVIEW" });
    const inReviewCount = await db.document.count({ where: { archivedAt: null, status: "IN_REVIEW" } });
    expect(dashboard.totals.IN_REVIEW).toBe(inReviewCount);
    expect(dashboard.total).toBe(inReviewCount);
    expect(dashboard.documents.map((d) => d.id)).toEqual(
      waiting
        .slice(-DASHBOARD_PAGE_SIZE)
        .map((d) => d.id)
        .reverse(),
    );
    await expect(getDashboard(editor, { status: "ARCHIVED" })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("lists the documents waiting for a decision across the installation, the first ones and whether there are more", async () => {
    const before = await getDashboard(editor);
    const ids = before.waiting.documents.map((d) => d.id);
    // None of the documents of the first page is waiting: the list does not come from the page.
    expect(ids).toEqual(
      waiting
        .slice(-WAITING_SHOWN)
        .map((d) => d.id)
        .reverse(),
    );
    expect(before.waiting.more).toBe(true);
    expect(before.waiting.documents.every((d) => d.undecided === 1)).toBe(true);
    for (const id of notWaiting) expect(ids).not.toContain(id);

    // Deciding a listed document's claim takes it off the list, and the next one waiting comes in.
    await saveDecision(editor, { claimId: waiting.at(-1)!.claim, version: 0, tier: "PRECLINICAL", certainty: "HIGH" });
    const after = (await getDashboard(editor)).waiting.documents.map((d) => d.id);
    expect(after).not.toContain(waiting.at(-1)!.id);
    expect(after).toEqual(
      waiting
        .slice(-WAITING_SHOWN - 1, -1)
        .map((d) => d.id)
        .reverse(),
    );
  });
});
