// Deleting a user keeps their work (issue 17): the database refuses to delete a reviewer who has reviews (a GRADE
// assessment must keep who made it); a user without any can still be deleted.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { saveReview } from "@/lib/reviews/reviews";
import { makeActor, makePublishedDocument, richText } from "./support";

let reviewer: NonNullable<Actor>;
let reviewId: string;

beforeAll(async () => {
  const editor = await makeActor("EDITOR");
  reviewer = await makeActor("REVIEWER");
  const { id } = await makePublishedDocument(editor, "Mice ran further after the drug.");
  const claim = await db.claim.findFirstOrThrow({ where: { documentId: id } });
  reviewId = (await saveReview(reviewer, { claimId: claim.id, version: 0, rationale: richText("Kept.") })).id;
});
afterAll(() => db.$disconnect());

it("refuses to delete a reviewer who has reviews, and the review stays", async () => {
  await expect(db.user.delete({ where: { id: reviewer.id } })).rejects.toMatchObject({ code: "P2003" });
  expect(await db.review.findUnique({ where: { id: reviewId } })).toMatchObject({ reviewerId: reviewer.id });
});

it("deletes a user who has no reviews", async () => {
  const idle = await makeActor("REVIEWER", "idle");
  await db.user.delete({ where: { id: idle.id } });
  expect(await db.user.findUnique({ where: { id: idle.id } })).toBeNull();
});
