import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { saveDecision } from "@/lib/decisions/decisions";
import { assignReviewer } from "@/lib/editorial/assignments";
import { getDashboard } from "@/lib/editorial/dashboard";
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
