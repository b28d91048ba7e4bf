import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimHistory } from "@/lib/audit/claim-history";
import type { Actor } from "@/lib/auth/roles";
import { listClaims } from "@/lib/claims/list-claims";
import { db } from "@/lib/db/client";
import { assignReviewer } from "@/lib/editorial/assignments";
import { setDocumentStatus } from "@/lib/editorial/publishing";
import { exportDocument } from "@/lib/exports/export-document";
import { getClaimCritique } from "@/lib/reading/claim-critique";
import { getReviewWorkspace } from "@/lib/reviews/review-workspace";
import { listReviews, saveReview, submitReview } from "@/lib/reviews/reviews";
import { search } from "@/lib/search/search";
import { makeActor, makeDocument, makePublishedDocument, richText } from "./support";

// Independent grading (issue 15): while a document is in review, a reviewer sees nothing of another reviewer's grade
// on a claim (certainty, domains, tier opinion, rationale) through any data path until they submit their own.
let editor: Actor;
let alice: Actor;
let bob: Actor;
let document: { id: string; slug: string };
let claimId: string;
// A word only bob's rationale contains, to look for in everything alice can fetch.
const SECRET = `quokkagrade${Date.now()}`;

async function grade(reviewer: Actor, id: string, certainty: "HIGH" | "LOW", note: string) {
  const saved = await saveReview(reviewer, {
    claimId: id,
    version: 0,
    certainty,
    riskOfBias: "SERIOUS",
    tierOpinion: "SPECULATIVE",
    rationale: richText(note),
  });
  return submitReview(reviewer, { claimId: id, version: saved.version });
}

/** Everything of the claim alice can fetch, as one string. */
async function whatAliceCanSee(): Promise<string> {
  const workspace = await getReviewWorkspace(alice, document.slug, claimId);
  const exported = await exportDocument(
    alice,
    { documentId: document.id, format: "md" },
    { baseUrl: "https://claimwise.example" },
  );
  return JSON.stringify([
    await listReviews(alice, claimId),
    workspace.selected,
    await getClaimCritique(alice, claimId),
    await listClaims(alice, document.id),
    String(exported.body),
    await search(alice, { q: SECRET }),
  ]);
}

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  alice = await makeActor("REVIEWER", "alice");
  bob = await makeActor("REVIEWER", "bob");
  const doc = await makeDocument(editor, "Mice ran further after the drug. Patients felt better.");
  for (const r of [alice, bob]) await assignReviewer(editor, { documentId: doc.id, reviewerId: r!.id });
  const { version, slug } = await db.document.findUniqueOrThrow({ where: { id: doc.id } });
  await setDocumentStatus(editor, { documentId: doc.id, version, status: "IN_REVIEW" });
  document = { id: doc.id, slug };
  claimId = (await db.claim.findFirstOrThrow({ where: { documentId: doc.id }, orderBy: { position: "asc" } })).id;
  await grade(bob, claimId, "LOW", `Only mice ${SECRET}.`);
});
afterAll(() => db.$disconnect());

describe("independent grading", () => {
  it("shows a reviewer nothing of another's submitted grade while their own is a draft", async () => {
    await saveReview(alice, { claimId, version: 0, certainty: "HIGH" });
    const seen = await whatAliceCanSee();
    expect(seen).not.toContain(SECRET);
    expect(seen).not.toContain(bob!.id);
    expect((await listReviews(alice, claimId)).map((r) => r.reviewer.id)).toEqual([alice!.id]);
    const workspace = await getReviewWorkspace(alice, document.slug, claimId);
    expect(workspace.selected).toMatchObject({ otherReviews: [], othersHidden: true });
    // History is editors' (the policy), and would show alice only her own review's changes.
    await expect(claimHistory(alice, claimId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows it once the reviewer has submitted their own review of that claim, and only for that claim", async () => {
    const mine = (await listReviews(alice, claimId))[0]!;
    await submitReview(alice, { claimId, version: mine.version });
    const reviews = await listReviews(alice, claimId);
    expect(reviews.map((r) => [r.reviewer.id, r.certainty]).sort()).toEqual(
      [
        [alice!.id, "HIGH"],
        [bob!.id, "LOW"],
      ].sort(),
    );
    const workspace = await getReviewWorkspace(alice, document.slug, claimId);
    expect(workspace.selected?.othersHidden).toBe(false);
    expect(JSON.stringify(workspace.selected?.otherReviews)).toContain(SECRET);
    // Another claim of the same document stays blind: bob graded it, alice has not.
    const other = (await db.claim.findFirstOrThrow({ where: { documentId: document.id, NOT: { id: claimId } } })).id;
    await grade(bob, other, "HIGH", `Second ${SECRET}`);
    expect(await listReviews(alice, other)).toEqual([]);
  });

  it("lets editors see every submitted review and its history at any time", async () => {
    const other = (await db.claim.findFirstOrThrow({ where: { documentId: document.id, NOT: { id: claimId } } })).id;
    expect((await listReviews(editor, other)).map((r) => r.reviewer.id)).toEqual([bob!.id]);
    const history = await claimHistory(editor, other);
    expect(history.filter((e) => e.entityType === "Review").map((e) => e.actor?.id)).toEqual([bob!.id, bob!.id]);
  });

  it("does not blind a published document: its submitted reviews are visible as before", async () => {
    const published = await makePublishedDocument(editor, "Rats slept longer on the compound.");
    const id = (await db.claim.findFirstOrThrow({ where: { documentId: published.id } })).id;
    await grade(bob, id, "LOW", "Rats only.");
    expect((await listReviews(alice, id)).map((r) => r.reviewer.id)).toEqual([bob!.id]);
  });
});
