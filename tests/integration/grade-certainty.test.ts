import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { addCitations } from "@/lib/citations/citations";
import { db } from "@/lib/db/client";
import { getDecideView } from "@/lib/editorial/decide-view";
import { MISMATCH_MESSAGE } from "@/lib/reviews/grade-rating";
import { getReviewWorkspace } from "@/lib/reviews/review-workspace";
import { saveReview, submitReview } from "@/lib/reviews/reviews";
import { makeActor, makePublishedDocument } from "./support";

let editor: Actor;
let alice: Actor;
let bob: Actor;
let slug: string;
let claimId: string;

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  alice = await makeActor("REVIEWER", "alice");
  bob = await makeActor("REVIEWER", "bob");
  const doc = await makePublishedDocument(editor, "Patients on the drug recovered faster. Mice ran further.");
  slug = (await db.document.findUniqueOrThrow({ where: { id: doc.id } })).slug;
  claimId = (await db.claim.findFirstOrThrow({ where: { documentId: doc.id }, orderBy: { position: "asc" } })).id;
  await addCitations(alice, {
    source: "identifier",
    claimId,
    identifier: `10.1000/grade.${Date.now()}`,
    title: "A randomised trial",
    stance: "SUPPORTS",
    studyDesign: "RCT",
  });
});
afterAll(() => db.$disconnect());

describe("GRADE certainty against its starting level and domains", () => {
  it("gives the workspace the starting level of the cited designs", async () => {
    const workspace = await getReviewWorkspace(alice, slug, claimId);
    expect(workspace.selected?.start).toEqual({ certainty: "HIGH", basis: "randomised trials" });
  });

  it("refuses to submit a certainty that differs from the computed one without a reason, and keeps the reason", async () => {
    // High (randomised trials) −1 risk of bias −1 imprecision gives Low; Moderate chosen.
    const draft = await saveReview(alice, {
      claimId,
      version: 0,
      certainty: "MODERATE",
      riskOfBias: "SERIOUS",
      imprecision: "SERIOUS",
    });
    await expect(submitReview(alice, { claimId, version: draft.version })).rejects.toMatchObject({
      code: "INVALID",
      details: { fields: { certaintyReason: [MISMATCH_MESSAGE] } },
    });
    const reasoned = await saveReview(alice, {
      claimId,
      version: draft.version,
      certaintyReason: "The bias runs against the effect.",
    });
    const submitted = await submitReview(alice, { claimId, version: reasoned.version });
    expect(submitted).toMatchObject({ status: "SUBMITTED", certaintyReason: "The bias runs against the effect." });
  });

  it("submits a certainty that matches the computed one without a reason", async () => {
    const draft = await saveReview(bob, { claimId, version: 0, certainty: "LOW", riskOfBias: "VERY_SERIOUS" });
    expect(await submitReview(bob, { claimId, version: draft.version })).toMatchObject({ status: "SUBMITTED" });
  });

  it("shows editors the reason, and agreement with its interpretation and the claims behind it", async () => {
    const view = await getDecideView(editor, slug);
    const claim = view.claims.find((c) => c.id === claimId)!;
    expect(claim.certaintyReasons).toEqual([
      { reviewer: expect.stringMatching(/^alice/), certainty: "MODERATE", reason: "The bias runs against the effect." },
    ]);
    expect(view.agreement).toMatchObject({ claims: 1, reviewers: 2, drivers: [{ claimId, number: 1, score: 1 }] });
    expect(view.agreement.certainty.label).toMatch(/reliable|not enough grades/);
  });
});
