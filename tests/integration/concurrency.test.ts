// Reliability: simultaneous writes of one version. Reviews and claim tiers have their races in reviews.test.ts and
// claim-editing.test.ts; these are the editorial decision's and the comment's, and the audit trail stays whole.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { addComment, editComment } from "@/lib/comments/comments";
import { db } from "@/lib/db/client";
import { saveDecision } from "@/lib/decisions/decisions";
import { makeActor, makePublishedDocument, richText } from "./support";

let editors: Actor[];
let reviewer: Actor;
let claims: string[];

beforeAll(async () => {
  editors = await Promise.all([makeActor("EDITOR"), makeActor("EDITOR"), makeActor("ADMIN")]);
  reviewer = await makeActor("REVIEWER");
  const doc = await makePublishedDocument(
    editors[0]!,
    "Mice ran further after the drug. The drug could cure depression.",
  );
  claims = (await db.claim.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" } })).map((c) => c.id);
});
afterAll(() => db.$disconnect());

const settle = <T>(promises: Promise<T>[]) => Promise.allSettled(promises);
function expectOneWinner(results: PromiseSettledResult<unknown>[]) {
  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  for (const r of results.filter((r) => r.status === "rejected")) {
    expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
  }
}

describe("decisions", () => {
  it("turns racing first decisions on one claim into one decision and conflicts, never a 500", async () => {
    const results = await settle(
      Array.from({ length: 6 }, (_, i) =>
        saveDecision(editors[i % editors.length]!, {
          claimId: claims[0],
          version: 0,
          tier: "PRECLINICAL",
          certainty: "LOW",
        }),
      ),
    );
    expectOneWinner(results);
    const winner = editors[results.findIndex((r) => r.status === "fulfilled") % editors.length]!;
    const decision = await db.decision.findUniqueOrThrow({ where: { claimId: claims[0] } });
    // This decision's own audit trail: exactly one row, by the winner, with nothing before and the decision after.
    const rows = await db.auditEvent.findMany({ where: { entityType: "Decision", entityId: decision.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "decisions.write", actorId: winner!.id, before: null });
    expect(rows[0]!.after).toMatchObject({ claimId: claims[0], tier: "PRECLINICAL", certainty: "LOW" });
  });

  it("lets one of many saves of the same version win; the audit trail has exactly the winner", async () => {
    const current = await db.decision.findUniqueOrThrow({ where: { claimId: claims[0] } });
    const before = await db.auditEvent.count({ where: { entityId: current.id } });
    const results = await settle(
      Array.from({ length: 10 }, (_, i) =>
        saveDecision(editors[i % editors.length]!, {
          claimId: claims[0],
          version: current.version,
          tier: i % 2 ? "SPECULATIVE" : "EARLY_HUMAN_TRIAL",
          certainty: "MODERATE",
        }),
      ),
    );
    expectOneWinner(results);
    const after = await db.decision.findUniqueOrThrow({ where: { claimId: claims[0] } });
    expect(after.version).toBe(current.version + 1);
    expect(await db.auditEvent.count({ where: { entityId: current.id } })).toBe(before + 1);
    // The winner's row says what the decision was before and what it became.
    const last = await db.auditEvent.findFirstOrThrow({
      where: { entityId: current.id },
      orderBy: { createdAt: "desc" },
    });
    expect(last.before).toMatchObject({ tier: current.tier, certainty: current.certainty });
    expect(last.after).toMatchObject({ tier: after.tier, certainty: "MODERATE" });
  });
});

describe("comments", () => {
  it("lets one of several edits of one comment version win", async () => {
    const comment = await addComment(reviewer, { claimId: claims[1], body: richText("First thoughts.") });
    const results = await settle(
      Array.from({ length: 5 }, (_, i) =>
        editComment(reviewer, { commentId: comment.id, version: comment.version, body: richText(`Edit ${i}`) }),
      ),
    );
    expectOneWinner(results);
    const stored = await db.comment.findUniqueOrThrow({ where: { id: comment.id } });
    expect(stored.version).toBe(comment.version + 1);
    expect(await db.commentEdit.count({ where: { commentId: comment.id } })).toBe(1);
  });
});
